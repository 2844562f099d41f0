package vn.parindex.units;

import java.util.List;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Unit pages. A unit leader or officer sees only her own unit.
 */
@Controller
@RequestMapping("/units")
class UnitController {

	private final UnitCatalog units;

	UnitController(UnitCatalog units) {
		this.units = units;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<UnitView> visible = units.all().stream().filter((unit) -> user.canSeeUnit(unit.id())).toList();
		model.addAttribute("units", visible);
		return "units/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		UnitView unit = units.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!user.canSeeUnit(id)) {
			throw new AccessDeniedException("Unit " + id + " is outside the user's scope");
		}
		model.addAttribute("unit", unit);
		model.addAttribute("parent", (unit.parentId() != null) ? units.byId(unit.parentId()).orElse(null) : null);
		return "units/show";
	}

}
