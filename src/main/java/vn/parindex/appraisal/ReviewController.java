package vn.parindex.appraisal;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.statistics.StatisticFigures;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page: the sheet leaf by leaf with the unit's points, explanation and
 * evidence beside the council's decision. A decision saves with htmx and answers with the
 * leaf's new row and the new totals; without htmx the form posts and the page reloads.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}/units/{unitId}")
class ReviewController {

	private static final String DECIDED = "appraisal/fragments :: decided";

	private final Reviews reviews;

	private final Decider decider;

	private final Explanations explanations;

	private final StatisticFigures statistics;

	ReviewController(Reviews reviews, Decider decider, Explanations explanations, StatisticFigures statistics) {
		this.reviews = reviews;
		this.decider = decider;
		this.explanations = explanations;
		this.statistics = statistics;
	}

	@GetMapping
	String review(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "changed", defaultValue = "false") boolean changedOnly,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("review", reviews.review(campaignId, unitId, user));
		model.addAttribute("changedOnly", changedOnly);
		// the statistic leaves' figures, read only
		model.addAttribute("statisticFigures", statistics.forUnit(campaignId, unitId));
		return "appraisal/review";
	}

	@PostMapping("/leaves/{code}/decision")
	String decide(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "points", required = false) String points,
			@RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		decider.decide(campaignId, unitId, code, DecisionRequest.typed(action, points, reason), user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.decision.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { code });
		return "redirect:" + base(campaignId, unitId) + "#leaf-" + code.replace('.', '-');
	}

	/**
	 * The same decision saved with htmx: the leaf's new row and totals, or its row as it
	 * was with the refusal beside the typed values.
	 */
	@PostMapping(path = "/leaves/{code}/decision", headers = "HX-Request")
	@OnRefusal(DECIDED)
	String decideInline(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "points", required = false) String points,
			@RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		leafRow(reviews.review(campaignId, unitId, user), code, model);
		leafRow(decider.decide(campaignId, unitId, code, DecisionRequest.typed(action, points, reason), user), code,
				model);
		return DECIDED;
	}

	private static void leafRow(Review review, String code, Model model) {
		model.addAttribute("review", review);
		model.addAttribute("leaf", review.tree().node(code));
	}

	/** Asks for confirmation, showing how many leaves a bulk accept would take. */
	@GetMapping("/accept-remaining")
	String confirmAcceptRemaining(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "area", required = false) String area, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Review review = reviews.review(campaignId, unitId, user);
		String chosen = (area == null || area.isBlank()) ? null : area;
		if (chosen != null && review.tree().find(chosen).isEmpty()) {
			throw new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.unknownArea", chosen);
		}
		model.addAttribute("review", review);
		model.addAttribute("area", (chosen != null) ? review.tree().node(chosen) : null);
		model.addAttribute("count", review.remaining(chosen).size());
		model.addAttribute("claims", review.remainingClaims(chosen));
		return "appraisal/confirm";
	}

	@PostMapping("/accept-remaining")
	String acceptRemaining(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "area", required = false) String area, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int count = decider.acceptRemaining(campaignId, unitId, area, user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.bulk.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { count });
		return "redirect:" + base(campaignId, unitId);
	}

	/**
	 * Returns the sheet for explanation: every non-blank {@code question.<leaf>} field is
	 * a question on that leaf.
	 */
	@PostMapping("/return")
	String returnSheet(@PathVariable long campaignId, @PathVariable long unitId, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Map<String, String> questions = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("question.") && value != null && !value.isBlank()) {
				questions.put(name.substring("question.".length()), value);
			}
		});
		explanations.returnSheet(campaignId, unitId, questions, form.get("note"), user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.return.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { questions.size() });
		return "redirect:" + base(campaignId, unitId);
	}

	static String base(long campaignId, long unitId) {
		return "/appraisal/campaigns/" + campaignId + "/units/" + unitId;
	}

}
