package vn.parindex.accounts;

import jakarta.validation.Valid;

import vn.parindex.problem.OnRefusal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for accounts: list, create, edit (roles, unit, enabled), reset
 * password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "admin/user-form";

	private final AccountService accounts;

	private final UnitDirectory units;

	UserAdminController(AccountService accounts, UnitDirectory units) {
		this.accounts = accounts;
		this.units = units;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("units", units.options());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		model.addAttribute("users", accounts.list(query));
		model.addAttribute("query", query);
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		return FORM;
	}

	@PostMapping("/new")
	@OnRefusal(FORM)
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (form.password() != null && !form.password().isBlank()
				&& form.password().length() < PasswordPolicy.MIN_LENGTH) {
			binding.rejectValue("password", "accounts.error.passwordLength", new Object[] { PasswordPolicy.MIN_LENGTH },
					null);
		}
		if (binding.hasErrors()) {
			return FORM;
		}
		CreatedUser created = accounts.createAccount(form.toNewUser(), admin.getUsername());
		if (created.generatedPassword() != null) {
			redirect.addFlashAttribute("flashSuccess", "accounts.user.createdWithPassword");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.generatedPassword() });
		}
		else {
			redirect.addFlashAttribute("flashSuccess", "accounts.user.created");
		}
		return "redirect:/admin/users/" + created.user().id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserView user = accounts.get(id);
		model.addAttribute("user", user);
		model.addAttribute("form", UserForm.of(user));
		return FORM;
	}

	@PostMapping("/{id}")
	@OnRefusal(FORM)
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		model.addAttribute("user", accounts.get(id));
		if (binding.hasErrors()) {
			return FORM;
		}
		accounts.update(id, form.toChanges(), admin.getUsername());
		redirect.addFlashAttribute("flashSuccess", "accounts.user.updated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		String password = accounts.resetPassword(id, null, admin.getUsername());
		redirect.addFlashAttribute("flashSuccess", "accounts.user.passwordReset");
		redirect.addFlashAttribute("flashArgs", new Object[] { password });
		return "redirect:/admin/users/" + id;
	}

}
