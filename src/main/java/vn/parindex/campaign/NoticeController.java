package vn.parindex.campaign;

import vn.parindex.accounts.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A user's notices: the list, opening one (which marks it read) and marking all read.
 */
@Controller
@RequestMapping("/notices")
class NoticeController {

	private final Notices notices;

	NoticeController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notices", notices.of(user.id()));
		return "campaigns/notices";
	}

	/** Opens what the notice is about; a notice of somebody else's leads back here. */
	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + notices.read(user.id(), id).orElse("/notices");
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		notices.readAll(user.id());
		return "redirect:/notices";
	}

}
