package vn.parindex.units;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitBrowser.Filter;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The hierarchy of units and a unit's page, for everyone signed in; a unit leader or
 * officer sees only her own unit.
 */
@Controller
@RequestMapping("/units")
class UnitController {

	private final UnitCatalog units;

	private final UnitBrowser browser;

	private final UnitTypes types;

	UnitController(UnitCatalog units, UnitBrowser browser, UnitTypes types) {
		this.units = units;
		this.browser = browser;
		this.types = types;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "inactive", defaultValue = "false") boolean inactive,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Filter filter = new Filter(query, UnitTypes.normalize(type), inactive ? null : true);
		model.addAttribute("result", browser.browse(filter, user::canSeeUnit));
		model.addAttribute("filter", filter);
		model.addAttribute("types", types.codes());
		return "units/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		UnitView unit = units.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!user.canSeeUnit(id)) {
			throw new AccessDeniedException("Unit " + id + " is outside the user's scope");
		}
		model.addAttribute("page", browser.page(unit, user::canSeeUnit));
		model.addAttribute("unit", unit);
		return "units/show";
	}

}
