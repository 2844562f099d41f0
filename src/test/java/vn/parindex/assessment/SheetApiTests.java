package vn.parindex.assessment;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SheetApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Test
	void aUnitWritesItsSheetLeafByLeafAndSubmitsIt() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		write(scene, scene.officer(), "1.1", "{\"value\": 4, \"explanation\": \"Kế hoạch số 15/KH-UBND\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points").value(4.0));
		write(scene, scene.officer(), "1.2", "{\"yes\": false}").andExpect(jsonPath("$.points").value(0.0));
		write(scene, scene.officer(), "1.3", "{\"level\": \"tốt\"}").andExpect(jsonPath("$.points").value(2.0));
		write(scene, scene.officer(), "2.1", "{\"numerator\": 46500, \"denominator\": 79640}")
			.andExpect(jsonPath("$.points").value(0.0));
		write(scene, scene.officer(), "2.2", "{\"notApplicable\": true, \"reason\": \"Không có nhiệm vụ quá hạn\"}")
			.andExpect(jsonPath("$.notApplicable").value(true));
		mvc.perform(get(scene.api()).with(basic(scene.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points").value(6.0))
			.andExpect(jsonPath("$.maxPoints").value(12.0))
			.andExpect(jsonPath("$.index").value(50.0))
			.andExpect(jsonPath("$.blockers").isEmpty());
		mvc.perform(post(scene.api() + "/submit").with(basic(scene.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		write(scene, scene.officer(), "1.2", "{\"yes\": true}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusedInputsAreProblemsAndChangeNothing() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		write(scene, scene.officer(), "1.1", "{\"value\": 4.5}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		write(scene, scene.officer(), "2.1", "{\"numerator\": 1, \"denominator\": 0}")
			.andExpect(status().isBadRequest());
		write(scene, scene.officer(), "2.3", "{\"mean\": 4}").andExpect(status().isBadRequest());
		write(scene, scene.officer(), "1.3", "{\"level\": \"Xuất sắc\"}").andExpect(status().isBadRequest());
		write(scene, scene.officer(), "1.1",
				"{\"notApplicable\": true, \"reason\": \"Không phát sinh\", \"value\": 4.5, \"explanation\": \"x\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(get(scene.api()).with(basic(scene.leader())))
			.andExpect(jsonPath("$.leaves[?(@.code == '1.1')].notApplicable").value(false));
		mvc.perform(get(scene.api() + "/timeline").with(basic(scene.leader()))).andExpect(jsonPath("$").isEmpty());
		mvc.perform(post(scene.api() + "/submit").with(basic(scene.leader())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Chưa thể gửi: còn 6 việc chưa hoàn thành."));
		mvc.perform(get(scene.api()).with(basic(scene.leader()))).andExpect(jsonPath("$.progress.filled").value(0));
	}

	@Test
	void overLongTextsNulCharactersAndHugeNumbersAreRefusedAndChangeNothing() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		write(scene, scene.officer(), "1.1", "{\"value\": 4, \"explanation\": \"%s\"}".formatted("x".repeat(10_001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10")));
		write(scene, scene.officer(), "1.1",
				"{\"value\": 4, \"explanation\": \"%s\"}".formatted("x".repeat(20 * 1024 * 1024)))
			.andExpect(status().isBadRequest());
		write(scene, scene.officer(), "1.1", "{\"value\": 4, \"explanation\": \"Kế hoạch\\u0000\"}")
			.andExpect(status().isBadRequest());
		write(scene, scene.officer(), "1.1", "{\"value\": 1e99999999}").andExpect(status().isBadRequest())
			.andExpect(
					(result) -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsByteArray())
						.hasSizeLessThan(2_000));
		write(scene, scene.officer(), "2.2", "{\"count\": 1e308}").andExpect(status().isBadRequest());
		mvc.perform(get(scene.api() + "/timeline").with(basic(scene.leader()))).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void anotherUnitsOfficerIsRefused() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(get(scene.api()).with(basic(scene.otherOfficer())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		write(scene, scene.otherOfficer(), "1.1", "{\"value\": 4}").andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions write(SheetFixture.Scene scene, UserView user,
			String leaf, String json) throws Exception {
		return mvc.perform(put(scene.api() + "/leaves/" + leaf).with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static RequestPostProcessor basic(UserView user) {
		return httpBasic(user.username(), TestAccounts.PASSWORD);
	}

}
