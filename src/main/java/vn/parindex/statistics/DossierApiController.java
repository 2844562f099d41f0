package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitCatalog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dossier records and procedures over the API (FORMATS.md, Statistics): a CSV sent as the
 * body ({@code text/csv}, streamed: any size within the bounds) or as a multipart
 * {@code file} (within the upload limit), and the dossiers behind a count.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class DossierApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','SECRETARIAT')";

	static final String READERS = "hasAnyRole('ADMIN','SECRETARIAT','APPRAISER','COUNCIL_CHAIR','UNIT_LEADER','UNIT_OFFICER')";

	private final DossierIngest ingest;

	private final DossierProcedures procedures;

	private final DossierCounts counts;

	private final UnitCatalog units;

	private final Clock clock;

	DossierApiController(DossierIngest ingest, DossierProcedures procedures, DossierCounts counts, UnitCatalog units,
			Clock clock) {
		this.ingest = ingest;
		this.procedures = procedures;
		this.counts = counts;
		this.units = units;
		this.clock = clock;
	}

	record Accepted(int accepted) {
	}

	@PostMapping(path = "/dossiers", consumes = "text/csv")
	@PreAuthorize(WRITERS)
	Accepted dossiers(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return new Accepted(ingest.ingest(body, request.getContentLengthLong(), user.getUsername()).accepted());
		}
	}

	@PostMapping(path = "/dossiers", consumes = "multipart/form-data")
	@PreAuthorize(WRITERS)
	Accepted dossierFile(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return new Accepted(ingest.ingest(content, file.getSize(), user.getUsername()).accepted());
		}
	}

	@PostMapping(path = "/procedures", consumes = "text/csv")
	@PreAuthorize(WRITERS)
	Accepted procedures(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return new Accepted(procedures.load(body, user.getUsername()));
		}
	}

	@PostMapping(path = "/procedures", consumes = "multipart/form-data")
	@PreAuthorize(WRITERS)
	Accepted procedureFile(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return new Accepted(procedures.load(content, user.getUsername()));
		}
	}

	record DossierBody(String unit, String dossier, String procedure, String level, String channel, String status,
			OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt,
			OffsetDateTime supplementRequestedAt, int supplementRequests, int supplementDays, Integer timeLimitDays,
			LocalDate endDay, LocalDate deadline, LocalDate judgedOn, String outcome) {
	}

	record ListBody(String unit, String level, String period, String outcome, int page, int pages, long total,
			List<DossierBody> dossiers) {
	}

	@GetMapping("/dossiers")
	@PreAuthorize(READERS)
	ListBody list(@RequestParam String unit, @RequestParam(required = false) String level, @RequestParam String period,
			@RequestParam(required = false) String outcome, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal CurrentUser user) {
		DossierQuery query = DossierQuery.read(units, user, unit, level, period, outcome);
		DossierCounts.Listing listing = counts.list(query.unit().id(), query.level(), query.period(), query.outcome(),
				page, LocalDate.ofInstant(clock.instant(), DossierQuery.ZONE));
		List<DossierBody> dossiers = listing.dossiers()
			.stream()
			.map((d) -> new DossierBody(query.unit().code(), d.dossier(), d.procedure(), d.level(), d.channel(),
					d.status(), d.receivedAt(), d.dueAt(), d.finishedAt(), d.supplementRequestedAt(),
					d.supplementRequests(), d.supplementDays(), d.timeLimitDays(), d.endDay(), d.deadline(),
					d.judgedOn(), d.outcome().name()))
			.toList();
		return new ListBody(query.unit().code(), query.level(), query.period().text(),
				(query.outcome() == null) ? null : query.outcome().name(), listing.page(), listing.pages(),
				listing.total(), dossiers);
	}

}
