package vn.parindex.survey;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * The response-rate board of a survey, for the secretariat and the council; the
 * secretariat reminds from it the named respondents of a unit's group who have not
 * answered.
 */
@Controller
@RequestMapping("/surveys/{sid}/board")
class ResponseRateBoardController {

	private final ResponseRateBoard board;

	private final RespondentReminders reminders;

	private final RespondentInvitations invitations;

	ResponseRateBoardController(ResponseRateBoard board, RespondentReminders reminders,
			RespondentInvitations invitations) {
		this.board = board;
		this.reminders = reminders;
		this.invitations = invitations;
	}

	@GetMapping
	@PreAuthorize(RespondentApiController.READERS)
	String page(@PathVariable long sid, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("board", board.board(sid));
		model.addAttribute("writer", user.roles().contains(Role.ADMIN) || user.roles().contains(Role.SECRETARIAT));
		model.addAttribute("mailConfigured", invitations.mailConfigured());
		return "surveys/respondents/board";
	}

	@PostMapping("/remind")
	@PreAuthorize(RespondentApiController.WRITERS)
	String remind(@PathVariable long sid, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String group, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int sent = reminders.remind(sid, unit, (group == null || group.isBlank()) ? null : group, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.respondents.board.reminded");
		redirect.addFlashAttribute("flashArgs", new Object[] { sent });
		return "redirect:/surveys/" + sid + "/board";
	}

}
