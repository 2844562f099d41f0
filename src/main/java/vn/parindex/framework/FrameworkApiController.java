package vn.parindex.framework;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Frameworks over the API: everyone signed in reads, the secretariat and administrators
 * write.
 */
@RestController
@RequestMapping("/api/v1/frameworks")
class FrameworkApiController {

	private static final String WRITERS = "hasAnyRole('SECRETARIAT', 'ADMIN')";

	private final FrameworkCatalog catalog;

	FrameworkApiController(FrameworkCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<FrameworkJson.Summary> list() {
		return catalog.list().stream().map(FrameworkJson.Summary::of).toList();
	}

	@PostMapping(consumes = "multipart/form-data")
	@PreAuthorize(WRITERS)
	ResponseEntity<Map<String, Long>> importWorkbook(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "targetGroup", required = false) String targetGroup,
			@RequestParam(name = "bonusCap", required = false) BigDecimal bonusCap,
			@RequestParam(name = "penaltyCap", required = false) BigDecimal penaltyCap,
			@RequestParam(name = "roundComputed", defaultValue = "false") boolean roundComputed,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		FrameworkSettings settings = new FrameworkSettings(name, (year != null) ? year : 0, targetGroup, bonusCap,
				penaltyCap, roundComputed);
		long id = catalog.importWorkbook(file.getBytes(), settings, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/frameworks/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/{id}")
	FrameworkJson.Tree get(@PathVariable long id) {
		return FrameworkJson.Tree.of(catalog.get(id));
	}

	/**
	 * Changes a draft's name, year, target group, caps and rounding of computed points.
	 */
	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	FrameworkJson.Summary update(@PathVariable long id, @RequestBody FrameworkJson.Settings settings,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.updateSettings(id, settings.toSettings(), user.getUsername());
		return FrameworkJson.Summary.of(catalog.get(id).info());
	}

	@GetMapping("/{id}/export")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		FrameworkView view = catalog.get(id);
		FrameworkDownloads.prepare(response, FrameworkDownloads.fileName(view.info()));
		catalog.export(id, response.getOutputStream());
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		FrameworkDownloads.prepare(response, "mau-bo-chi-so.xlsx");
		FrameworkTemplate.write(response.getOutputStream());
	}

	@GetMapping("/{id}/history")
	List<FrameworkEvent> history(@PathVariable long id) {
		return catalog.history(id).stream().map(FrameworkEvent::of).toList();
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize(WRITERS)
	ResponseEntity<Map<String, Long>> copy(@PathVariable long id, @RequestBody FrameworkJson.Copy request,
			@AuthenticationPrincipal CurrentUser user) {
		int year = (request.year() != null) ? request.year() : 0;
		long copy = catalog.copyToYear(id, year, request.name(), user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/frameworks/" + copy)).body(Map.of("id", copy));
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize(WRITERS)
	FrameworkJson.Summary activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.activate(id, user.getUsername());
		return FrameworkJson.Summary.of(catalog.get(id).info());
	}

	@PostMapping("/{id}/freeze")
	@PreAuthorize(WRITERS)
	FrameworkJson.Summary freeze(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.freeze(id, user.getUsername());
		return FrameworkJson.Summary.of(catalog.get(id).info());
	}

	@PostMapping("/{id}/nodes")
	@PreAuthorize(WRITERS)
	ResponseEntity<FrameworkJson.Tree> addNode(@PathVariable long id, @RequestBody FrameworkJson.NodeRequest node,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.putNode(id, null, node.toNode(), user.getUsername());
		return ResponseEntity.status(201).body(get(id));
	}

	@PutMapping("/{id}/nodes/{code}")
	@PreAuthorize(WRITERS)
	FrameworkJson.Tree putNode(@PathVariable long id, @PathVariable String code,
			@RequestBody FrameworkJson.NodeRequest node, @AuthenticationPrincipal CurrentUser user) {
		catalog.putNode(id, code, node.toNode(), user.getUsername());
		return get(id);
	}

	@DeleteMapping("/{id}/nodes/{code}")
	@PreAuthorize(WRITERS)
	ResponseEntity<Void> removeNode(@PathVariable long id, @PathVariable String code,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.removeNode(id, code, user.getUsername());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/nodes/{code}/preview")
	Map<String, BigDecimal> preview(@PathVariable long id, @PathVariable String code,
			@RequestBody PreviewRequest request) {
		RuleKind kind = catalog.get(id).tree().node(code).rule();
		return Map.of("points", catalog.preview(id, code, request.toInput(kind)));
	}

	/**
	 * @param map renumbered codes as {@code old:new}, comma-separated
	 */
	@GetMapping("/compare")
	FrameworkComparison compare(@RequestParam long from, @RequestParam long to,
			@RequestParam(name = "map", required = false) String map) {
		return catalog.compare(from, to, FrameworkDownloads.mapping(map));
	}

	/**
	 * A preview's input: the fields of {@link RuleInputForm}, or for a {@code FORMULA}
	 * each variable's number in {@code values} ({@code {"values": {"A": 0.959}}}).
	 */
	record PreviewRequest(BigDecimal value, Boolean yes, String level, BigDecimal numerator, BigDecimal denominator,
			BigDecimal count, BigDecimal mean, BigDecimal score, Map<String, BigDecimal> values) {

		RuleInput toInput(RuleKind kind) {
			if (kind == RuleKind.FORMULA) {
				return new RuleInput.Values((values != null) ? values : Map.of());
			}
			return new RuleInputForm(value, yes, level, numerator, denominator, count, mean, score).toInput(kind);
		}

	}

}
