package vn.parindex.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedPathTests {

	@Test
	void anErrorOnTheAnsweringPageIsLoggedWithoutTheRespondentsToken() {
		String token = "abcdefghijklmnopqrstuvwxyz";
		String logged = ApiExceptionHandler
			.path(new ServletWebRequest(new MockHttpServletRequest("POST", "/s/" + token + "/answers")));
		assertThat(logged).isEqualTo("/s/…").doesNotContain(token);
		assertThat(ApiExceptionHandler.path(new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/units"))))
			.isEqualTo("/api/v1/units");
	}

}
