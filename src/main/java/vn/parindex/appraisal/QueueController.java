package vn.parindex.appraisal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.SheetStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The appraisal queue (/appraisal): the sheets waiting for the reader, with progress.
 */
@Controller
class QueueController {

	private final AppraisalQueue queue;

	QueueController(AppraisalQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/appraisal")
	String queue(@RequestParam(name = "campaign", required = false) Long campaign,
			@RequestParam(name = "status", required = false) SheetStatus status,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", queue.rows(user, campaign, status));
		model.addAttribute("campaigns", queue.campaigns(user));
		model.addAttribute("campaign", campaign);
		model.addAttribute("status", status);
		model.addAttribute("assigns", user.has(Role.SECRETARIAT) || user.has(Role.ADMIN));
		model.addAttribute("reports",
				user.has(Role.SECRETARIAT) || user.has(Role.ADMIN) || user.has(Role.COUNCIL_CHAIR));
		model.addAttribute("finalises", user.has(Role.COUNCIL_CHAIR));
		return "appraisal/queue";
	}

}
