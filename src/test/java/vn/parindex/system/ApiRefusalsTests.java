package vn.parindex.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.parindex.problem.Problems;
import vn.parindex.problem.Refusal;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal on the API: problem+json worded from the bundles, with the errors it lists
 * where they are.
 */
class ApiRefusalsTests {

	private final MockMvc mvc;

	ApiRefusalsTests() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		messages.addMessage("workbook.error.invalid", Locale.getDefault(), "The workbook has {0} errors.");
		messages.addMessage("workbook.error.notANumber", Locale.getDefault(), "\"{0}\" is not a number.");
		messages.addMessage("thing.error.nameTaken", Locale.getDefault(), "The name {0} is taken.");
		this.mvc = MockMvcBuilders.standaloneSetup(new Api())
			.setControllerAdvice(new ApiExceptionHandler(new Problems(messages), messages))
			.build();
	}

	@Test
	void aRefusalListsItsErrorsWhereTheyAre() throws Exception {
		mvc.perform(get("/api/v1/import"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The workbook has 2 errors."))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].sheet").value("Units"))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("max_points"))
			.andExpect(jsonPath("$.errors[0].message").value("\"abc\" is not a number."))
			.andExpect(jsonPath("$.errors[1].row").value(nullValue()));
	}

	@Test
	void aRefusalAboutOneFieldSaysItInTheDetailOnly() throws Exception {
		mvc.perform(get("/api/v1/things"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The name Một is taken."))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	@RestController
	static class Api {

		@GetMapping("/api/v1/import")
		void importWorkbook() {
			throw new Refusal(HttpStatus.BAD_REQUEST,
					List.of(cell("Units", 4, "max_points", "workbook.error.notANumber", "abc"),
							cell("Units", null, null, "workbook.error.missingColumn", "code")),
					"workbook.error.invalid", 2);
		}

		@GetMapping("/api/v1/things")
		void create() {
			throw Refusal.conflict("thing.error.nameTaken", "Một").onField("name");
		}

		private static Refusal.FieldError cell(String sheet, Integer row, String column, String key, Object... args) {
			Map<String, Object> location = new LinkedHashMap<>();
			location.put("sheet", sheet);
			location.put("row", row);
			location.put("column", column);
			return Refusal.FieldError.at(location, key, args);
		}

	}

}
