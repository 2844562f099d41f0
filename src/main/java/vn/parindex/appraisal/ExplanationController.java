package vn.parindex.appraisal;

import vn.parindex.accounts.CurrentUser;

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
 * The unit's explanation page (giải trình): exactly the questions asked of it, an answer
 * box per question, links to change those leaves on the sheet, and the leader's
 * resubmission.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}/units/{unitId}/explanations")
class ExplanationController {

	private final Explanations explanations;

	ExplanationController(Explanations explanations) {
		this.explanations = explanations;
	}

	@GetMapping
	String explanations(@PathVariable long campaignId, @PathVariable long unitId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Review review = explanations.explanations(campaignId, unitId, user);
		model.addAttribute("review", review);
		model.addAttribute("beforeDeadline", explanations.beforeDeadline(review));
		model.addAttribute("unanswered", Explanations.unanswered(review).size());
		model.addAttribute("member", java.util.Objects.equals(user.unitId(), unitId));
		model.addAttribute("leader",
				java.util.Objects.equals(user.unitId(), unitId) && user.has(vn.parindex.accounts.Role.UNIT_LEADER));
		return "appraisal/explain";
	}

	@PostMapping("/questions/{questionId}/answer")
	String answer(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable long questionId,
			@RequestParam(name = "answer", required = false) String answer, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		explanations.answer(campaignId, unitId, questionId, answer, user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.explain.answerSaved");
		return "redirect:" + ReviewController.base(campaignId, unitId) + "/explanations#question-" + questionId;
	}

	@PostMapping("/resubmit")
	String resubmit(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		explanations.resubmit(campaignId, unitId, user);
		redirect.addFlashAttribute("flashSuccess", "appraisal.explain.resubmitted");
		return "redirect:" + ReviewController.base(campaignId, unitId) + "/explanations";
	}

}
