package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier pages: upload a CSV of dossier records, the counts per unit and level over
 * a period, and the dossiers behind any count with why each is what it is. A unit's
 * people see their own unit only.
 */
@Controller
@RequestMapping("/statistics/dossiers")
class DossierPagesController {

	static final String PAGE = "statistics/dossiers/index";

	private final DossierIngest ingest;

	private final DossierCounts counts;

	private final UnitCatalog units;

	private final Clock clock;

	DossierPagesController(DossierIngest ingest, DossierCounts counts, UnitCatalog units, Clock clock) {
		this.ingest = ingest;
		this.counts = counts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(DossierApiController.READERS)
	String page(@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user, Model model) {
		prepare(period, user, model);
		return PAGE;
	}

	@PostMapping
	@PreAuthorize(DossierApiController.WRITERS)
	@OnRefusal(PAGE)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		prepare(null, user, model);
		model.addAttribute("uploadRefused", true);
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			DossierIngest.Ingested ingested = ingest.ingest(content, (file != null) ? file.getSize() : 0,
					user.getUsername());
			redirect.addFlashAttribute("flashSuccess", "statistics.dossiers.uploaded");
			redirect.addFlashAttribute("flashArgs", new Object[] { ingested.accepted(), ingested.inserted(),
					ingested.replaced(), ingested.unchanged() });
			return "redirect:/statistics/dossiers";
		}
	}

	@GetMapping("/list")
	@PreAuthorize(DossierApiController.READERS)
	@OnRefusal(PAGE)
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String level,
			@RequestParam(required = false) String period, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		prepare(null, user, model);
		DossierQuery query = DossierQuery.read(units, user, unit, level, period, outcome);
		DossierCounts.Listing listing = counts.list(query.unit().id(), query.level(), query.period(), query.outcome(),
				page, today());
		model.addAttribute("query", query);
		model.addAttribute("listing", listing);
		model.addAttribute("reasons", listing.dossiers().stream().map(DossierReason::of).collect(Collectors.toList()));
		return "statistics/dossiers/list";
	}

	private void prepare(String period, CurrentUser user, Model model) {
		LocalDate today = today();
		Period shown = (period == null || period.isBlank()) ? Period.quarterOf(today) : Period.parse(period)
			.orElseThrow(() -> Refusal.badRequest("statistics.dossiers.query.period", period));
		boolean ownUnitOnly = !user.roles().stream().anyMatch(Role::seesAllUnits);
		Long unitId = ownUnitOnly ? ((user.unitId() == null) ? -1L : user.unitId()) : null;
		List<DossierCounts.Count> found = counts.counts(shown, unitId, today);
		Map<Long, UnitView> unitsById = units.byIds(found.stream().map(DossierCounts.Count::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		model.addAttribute("period", shown);
		model.addAttribute("previous", shown.quarters().get(0).previousQuarter());
		model.addAttribute("judgedOn", DossierCounts.judgedOn(shown, today));
		model.addAttribute("rows", DossierCountRow.of(found, unitsById));
		model.addAttribute("writer", user.has(Role.ADMIN) || user.has(Role.SECRETARIAT));
		model.addAttribute("outcomes", DossierCounts.Outcome.values());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), DossierQuery.ZONE);
	}

}
