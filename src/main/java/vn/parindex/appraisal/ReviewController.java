package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

	private final Reviews reviews;

	private final Decisions decisions;

	private final Explanations explanations;

	ReviewController(Reviews reviews, Decisions decisions, Explanations explanations) {
		this.reviews = reviews;
		this.decisions = decisions;
		this.explanations = explanations;
	}

	@GetMapping
	String review(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "changed", defaultValue = "false") boolean changedOnly,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("review", reviews.review(campaignId, unitId, user));
		model.addAttribute("changedOnly", changedOnly);
		return "appraisal/review";
	}

	@PostMapping("/leaves/{code}/decision")
	String decide(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "points", required = false) String points,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Review review;
		try {
			review = decisions.decide(campaignId, unitId, code, request(action, points, reason), user);
			redirect.addFlashAttribute("flashSuccess", "appraisal.decision.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { code });
		}
		catch (AppraisalException | vn.parindex.assessment.AssessmentException ex) {
			if (htmx == null) {
				error(redirect, ex);
				return "redirect:" + base(campaignId, unitId) + "#leaf-" + code.replace('.', '-');
			}
			review = reviews.review(campaignId, unitId, user);
			model.addAttribute("decisionError", ex);
			model.addAttribute("typedPoints", points);
			model.addAttribute("typedReason", reason);
		}
		if (htmx == null) {
			return "redirect:" + base(campaignId, unitId) + "#leaf-" + code.replace('.', '-');
		}
		model.addAttribute("review", review);
		model.addAttribute("leaf", review.tree().node(code));
		return "appraisal/fragments :: decided";
	}

	/** Asks for confirmation, showing how many leaves a bulk accept would take. */
	@GetMapping("/accept-remaining")
	String confirmAcceptRemaining(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "area", required = false) String area, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Review review = reviews.review(campaignId, unitId, user);
		String chosen = (area == null || area.isBlank()) ? null : area;
		if (chosen != null && review.tree().find(chosen).isEmpty()) {
			throw new AppraisalException(HttpStatus.NOT_FOUND, "appraisal.error.unknownArea", chosen);
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
		try {
			int count = decisions.acceptRemaining(campaignId, unitId, area, user);
			redirect.addFlashAttribute("flashSuccess", "appraisal.bulk.done");
			redirect.addFlashAttribute("flashArgs", new Object[] { count });
		}
		catch (AppraisalException | vn.parindex.assessment.AssessmentException ex) {
			error(redirect, ex);
		}
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
		try {
			explanations.returnSheet(campaignId, unitId, questions, form.get("note"), user);
			redirect.addFlashAttribute("flashSuccess", "appraisal.return.done");
			redirect.addFlashAttribute("flashArgs", new Object[] { questions.size() });
		}
		catch (AppraisalException | vn.parindex.assessment.AssessmentException ex) {
			error(redirect, ex);
		}
		return "redirect:" + base(campaignId, unitId);
	}

	static DecisionRequest request(String action, String points, String reason) {
		BigDecimal value = points(points);
		return switch ((action != null) ? action : "") {
			case "accept" -> DecisionRequest.accepting();
			case "adjust" -> {
				if (value == null) {
					throw new AppraisalException(HttpStatus.BAD_REQUEST, "appraisal.error.pointsRequired");
				}
				yield DecisionRequest.adjusting(value, reason);
			}
			case "claim-accept" -> DecisionRequest.onClaim(true, null, reason);
			case "claim-reject" -> DecisionRequest.onClaim(false, value, reason);
			default -> throw new AppraisalException(HttpStatus.BAD_REQUEST, "appraisal.error.noDecision");
		};
	}

	/** Points as typed: a decimal comma or point. */
	static BigDecimal points(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new AppraisalException(HttpStatus.BAD_REQUEST, "appraisal.error.pointsInvalid", text.strip());
		}
	}

	static void error(RedirectAttributes redirect, ErrorResponseException ex) {
		redirect.addFlashAttribute("flashError", ex.getDetailMessageCode());
		redirect.addFlashAttribute("flashErrorArgs", ex.getDetailMessageArguments());
	}

	static String base(long campaignId, long unitId) {
		return "/appraisal/campaigns/" + campaignId + "/units/" + unitId;
	}

}
