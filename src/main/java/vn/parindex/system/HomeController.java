package vn.parindex.system;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitCatalog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final UnitCatalog units;

	HomeController(UnitCatalog units) {
		this.units = units;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("me", user);
		model.addAttribute("myUnit", (user.unitId() != null) ? units.byId(user.unitId()).orElse(null) : null);
		return "home";
	}

}
