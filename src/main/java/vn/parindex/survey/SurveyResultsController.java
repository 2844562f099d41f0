package vn.parindex.survey;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey results page (per unit: leaf scores and points, SIPAS, per group and
 * question the distribution, mean and confidence interval; exports) and the quality page
 * (flags per unit and group, the secretariat's decisions, scores with and without flagged
 * responses).
 */
@Controller
class SurveyResultsController {

	private static final String RESULTS = "surveys/results/results";

	private static final String QUALITY = "surveys/results/quality";

	private final SurveyResults results;

	private final FlagDecisions decisions;

	SurveyResultsController(SurveyResults results, FlagDecisions decisions) {
		this.results = results;
		this.decisions = decisions;
	}

	@GetMapping("/surveys/{surveyId}/results")
	@PreAuthorize(SurveyResultsApiController.READERS)
	String results(@PathVariable long surveyId, Model model) {
		SurveyResults.Results page = results.results(surveyId);
		Map<String, Question> questions = new LinkedHashMap<>();
		page.instrument().questions().forEach((q) -> questions.put(q.code(), q));
		model.addAttribute("page", page);
		model.addAttribute("questions", questions);
		return RESULTS;
	}

	@GetMapping("/surveys/{surveyId}/quality")
	@PreAuthorize(SurveyResultsApiController.READERS)
	String quality(@PathVariable long surveyId, Model model) {
		model.addAttribute("page", results.quality(surveyId));
		model.addAttribute("zone", Survey.ZONE);
		return QUALITY;
	}

	@PostMapping("/surveys/{surveyId}/quality/flags/{flag}")
	@PreAuthorize(SurveyResultsApiController.WRITERS)
	@OnRefusal(QUALITY)
	String decide(@PathVariable long surveyId, @PathVariable String flag,
			@RequestParam(required = false) Boolean counts, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("page", results.quality(surveyId));
		model.addAttribute("zone", Survey.ZONE);
		model.addAttribute("refusedFlag", known(flag));
		model.addAttribute("typedReason", reason);
		decisions.decide(surveyId, flag, counts, reason, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.results.flag.saved");
		return "redirect:/surveys/" + surveyId + "/quality";
	}

	private static StoredResponse.Flag known(String flag) {
		try {
			return FlagDecisions.flag(flag);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
