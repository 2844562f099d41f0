package vn.parindex.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A refusal on a page, without a catch block in the controller: back to the page with a
 * flash message, or in place in the view the method names.
 */
class PageRefusalsTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages())
		.setControllerAdvice(new PageRefusals())
		.build();

	@Test
	void aRefusedPostGoesBackToThePageItCameFromWithAFlashMessage() throws Exception {
		mvc.perform(post("/things/7/close").header(HttpHeaders.REFERER, "http://localhost/things/7?tab=2"))
			.andExpect(redirectedUrl("/things/7?tab=2"))
			.andExpect(flash().attribute("flashError", "thing.error.closed"))
			.andExpect(flash().attribute("flashErrorArgs", new Object[] { "7" }));
	}

	@Test
	void aPostFromAnotherSiteOrWithoutRefererGoesHome() throws Exception {
		mvc.perform(post("/things/7/close").header(HttpHeaders.REFERER, "http://elsewhere.example/things/7"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashError", "thing.error.closed"));
		mvc.perform(post("/things/7/close")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aMethodNamingAViewShowsTheRefusalThereBesideTheFieldWithItsModel() throws Exception {
		mvc.perform(post("/things").param("name", "Một"))
			.andExpect(status().isOk())
			.andExpect(view().name("things/form"))
			.andExpect(model().attribute("choices", List.of("a", "b")))
			.andExpect(model().attributeExists("refusal"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "thing.error.nameTaken"));
	}

	@Test
	void refusedReadsFragmentsAndHtmxSwapsKeepTheirStatus() throws Exception {
		mvc.perform(get("/things/7")).andExpect(status().isConflict());
		mvc.perform(post("/things/7/name")).andExpect(status().isConflict());
		mvc.perform(post("/things/7/close").header("HX-Request", "true")).andExpect(status().isConflict());
	}

	@Test
	void whatIsMissingIsNotShownInPlace() throws Exception {
		mvc.perform(post("/things/missing").param("name", "Một")).andExpect(status().isFound());
		mvc.perform(get("/things/missing/preview")).andExpect(status().isNotFound());
	}

	record ThingForm(String name) {
	}

	@Controller
	static class Pages {

		@PostMapping("/things/7/close")
		String close(RedirectAttributes redirect) {
			throw Refusal.conflict("thing.error.closed", "7");
		}

		@PostMapping("/things/7/name")
		String rename() {
			throw Refusal.conflict("thing.error.closed", "7");
		}

		@GetMapping("/things/7")
		String show() {
			throw Refusal.conflict("thing.error.closed", "7");
		}

		@PostMapping("/things")
		@OnRefusal("things/form")
		String create(@ModelAttribute("form") ThingForm form, BindingResult binding, Model model) {
			model.addAttribute("choices", List.of("a", "b"));
			throw Refusal.conflict("thing.error.nameTaken", form.name()).onField("name");
		}

		@PostMapping("/things/missing")
		@OnRefusal("things/form")
		String missing(@ModelAttribute("form") ThingForm form, BindingResult binding, RedirectAttributes redirect) {
			throw Refusal.notFound("thing.error.notFound");
		}

		@GetMapping("/things/missing/preview")
		@OnRefusal("things/preview")
		String preview() {
			throw Refusal.notFound("thing.error.notFound");
		}

	}

}
