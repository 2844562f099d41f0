package vn.parindex.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import vn.parindex.problem.OnRefusal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("mustChange")
	boolean mustChange(@AuthenticationPrincipal CurrentUser user) {
		return user != null && user.mustChangePassword();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return FORM;
	}

	@PostMapping
	@OnRefusal(FORM)
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult binding, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!binding.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "accounts.error.confirmationMismatch");
		}
		if (binding.hasErrors()) {
			return FORM;
		}
		HttpSession session = request.getSession(false);
		accounts.changeOwnPassword(user.getUsername(), form.currentPassword(), form.newPassword(),
				(session != null) ? session.getId() : null);
		if (user.mustChangePassword()) {
			// the session carries her as she signed in: now free to work
			CurrentUser changed = accounts.principal(user.getUsername());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
		}
		redirect.addFlashAttribute("flashSuccess", "accounts.password.changed");
		return "redirect:/";
	}

}
