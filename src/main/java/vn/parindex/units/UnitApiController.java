package vn.parindex.units;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitBrowser.Filter;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units over the API: everyone signed in reads (a unit leader or officer only her unit),
 * the secretariat and administrators write. Units are named by code.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

	static final String WRITERS = "hasAnyRole('SECRETARIAT','ADMIN')";

	private final UnitCatalog units;

	private final UnitEditor editor;

	private final UnitBrowser browser;

	UnitApiController(UnitCatalog units, UnitEditor editor, UnitBrowser browser) {
		this.units = units;
		this.editor = editor;
		this.browser = browser;
	}

	@GetMapping
	List<UnitJson.Unit> list(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "active", required = false) Boolean active,
			@AuthenticationPrincipal CurrentUser user) {
		Map<Long, String> codes = codes();
		return browser.find(new Filter(query, UnitTypes.normalize(type), active), user::canSeeUnit)
			.stream()
			.map((unit) -> UnitJson.Unit.of(unit, codes::get))
			.toList();
	}

	@GetMapping("/{code}")
	UnitJson.Unit unit(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		return UnitJson.Unit.of(visible(code, user), this::codeOf);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<UnitJson.Unit> create(@Valid @RequestBody UnitRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		UnitView created = editor.create(request.details(request.code()), user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.code()))
			.body(UnitJson.Unit.of(created, this::codeOf));
	}

	@PutMapping("/{code}")
	@PreAuthorize(WRITERS)
	UnitJson.Unit update(@PathVariable String code, @Valid @RequestBody UnitRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		UnitView updated = editor.update(code, request.details(code), request.active(), user.getUsername());
		return UnitJson.Unit.of(updated, this::codeOf);
	}

	@GetMapping("/{code}/lineage")
	UnitJson.Lineage lineage(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		return UnitJson.Lineage.of(units.lineage(visible(code, user).id()));
	}

	@PostMapping("/restructurings")
	@PreAuthorize(WRITERS)
	ResponseEntity<UnitJson.Restructuring> restructure(@Valid @RequestBody RestructuringRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		RestructuringView recorded = units.restructure(request, user.getUsername());
		return ResponseEntity.status(201).body(UnitJson.Restructuring.of(recorded));
	}

	private UnitView visible(String code, CurrentUser user) {
		UnitView unit = units.byCode(code).orElseThrow(() -> Refusal.notFound("units.error.notFound", code));
		if (!user.canSeeUnit(unit.id())) {
			throw new AccessDeniedException("Unit " + code + " is outside the user's scope");
		}
		return unit;
	}

	private Map<Long, String> codes() {
		Map<Long, String> codes = new HashMap<>();
		units.all().forEach((unit) -> codes.put(unit.id(), unit.code()));
		return codes;
	}

	private String codeOf(long id) {
		return units.byId(id).map(UnitView::code).orElse(null);
	}

}
