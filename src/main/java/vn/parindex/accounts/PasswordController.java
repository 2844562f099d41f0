package vn.parindex.accounts;

import jakarta.validation.Valid;

import vn.parindex.problem.OnRefusal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String FORM = "account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return FORM;
	}

	@PostMapping
	@OnRefusal(FORM)
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "accounts.error.confirmationMismatch");
		}
		if (binding.hasErrors()) {
			return FORM;
		}
		accounts.changeOwnPassword(user.getUsername(), form.currentPassword(), form.newPassword());
		redirect.addFlashAttribute("flashSuccess", "accounts.password.changed");
		return "redirect:/";
	}

}
