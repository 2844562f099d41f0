package vn.parindex.accounts;

import java.time.LocalDate;
import java.util.EnumSet;

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
 * Administrators' pages for API tokens: list, issue, revoke.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenAdminController {

	private static final String FORM = "admin/token-form";

	/** A default that makes somebody think again within a season. */
	private static final int DEFAULT_DAYS = 90;

	private final ApiTokenService tokens;

	private final AccountService accounts;

	ApiTokenAdminController(ApiTokenService tokens, AccountService accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@GetMapping
	String list(@RequestParam(name = "userId", required = false) Long userId, Model model) {
		model.addAttribute("tokens", tokens.list(userId));
		return "admin/tokens";
	}

	@GetMapping("/new")
	String newToken(@RequestParam(name = "userId", required = false) Long userId, Model model) {
		LocalDate expiresOn = LocalDate.now(ApiTokenService.ZONE).plusDays(DEFAULT_DAYS);
		model.addAttribute("form", new NewApiToken(userId, "", EnumSet.of(TokenScope.READ), expiresOn));
		return form(model);
	}

	/**
	 * Shows the token at once rather than after a redirect: a flash attribute would keep
	 * the secret in the session store.
	 */
	@PostMapping("/new")
	@OnRefusal(FORM)
	String issue(@Valid @ModelAttribute("form") NewApiToken form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser admin, Model model) {
		form(model);
		if (binding.hasErrors()) {
			return FORM;
		}
		model.addAttribute("issued", tokens.issue(form, admin.getUsername()));
		return "admin/token-issued";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		tokens.revoke(id, admin.getUsername());
		redirect.addFlashAttribute("flashSuccess", "tokens.revoked");
		return "redirect:/admin/tokens";
	}

	private String form(Model model) {
		model.addAttribute("users", accounts.list(null).stream().filter(UserView::enabled).toList());
		model.addAttribute("allScopes", TokenScope.values());
		model.addAttribute("maxExpiresOn", LocalDate.now(ApiTokenService.ZONE).plusYears(ApiTokenService.MAX_YEARS));
		return FORM;
	}

}
