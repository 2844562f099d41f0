package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Observations over the API (FORMATS.md, Statistics): a JSON batch from a registered
 * system, a workbook or CSV file, and the current observations with their history. The
 * secretariat, administrators and their API clients write; a unit's people read their own
 * unit's.
 */
@RestController
@RequestMapping("/api/v1/statistics/observations")
class ObservationApiController {

	private final ObservationIntake intake;

	private final ObservationHistory history;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	ObservationApiController(ObservationIntake intake, ObservationHistory history, UnitCatalog units,
			IndicatorStore indicators) {
		this.intake = intake;
		this.history = history;
		this.units = units;
		this.indicators = indicators;
	}

	/** What a feed did. */
	record StoredJson(int accepted, int replaced, int unchanged) {

		static StoredJson of(ObservationFeed.Stored stored) {
			return new StoredJson(stored.accepted(), stored.replaced(), stored.unchanged());
		}

	}

	/** A figure recorded, current or replaced. */
	record RecordedJson(String source, ObservationChannel channel, BigDecimal numerator, BigDecimal denominator,
			BigDecimal value, String note, String reason, String recordedBy, Instant recordedAt, Instant replacedAt) {

		static RecordedJson of(ObservationHistory.Recorded recorded) {
			return new RecordedJson(recorded.source(), recorded.channel(), recorded.numerator(), recorded.denominator(),
					recorded.value(), recorded.note(), recorded.reason(), recorded.recordedBy(), recorded.recordedAt(),
					recorded.replacedAt());
		}

	}

	/** A current observation with its history, newest first. */
	record ObservedJson(String unit, String indicator, String period, String source, ObservationChannel channel,
			BigDecimal numerator, BigDecimal denominator, BigDecimal value, String note, String reason,
			String recordedBy, Instant recordedAt, List<RecordedJson> history) {

		static ObservedJson of(ObservationHistory.Observed observed) {
			ObservationHistory.Recorded current = observed.current();
			return new ObservedJson(observed.unit().code(), observed.indicator().code(), observed.period().text(),
					current.source(), current.channel(), current.numerator(), current.denominator(), current.value(),
					current.note(), current.reason(), current.recordedBy(), current.recordedAt(),
					observed.history().stream().map(RecordedJson::of).toList());
		}

	}

	record FoundJson(List<ObservedJson> observations, boolean more) {
	}

	@PostMapping
	@PreAuthorize(StatisticsAccess.WRITERS)
	StoredJson receive(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return StoredJson.of(intake.receive(body, request.getContentLengthLong(), user.getUsername()));
		}
	}

	@PostMapping("/import")
	@PreAuthorize(StatisticsAccess.WRITERS)
	StoredJson importFile(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "source", required = false) String source, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw Refusal.badRequest("statistics.feeds.file.missing").onField("file");
		}
		try (InputStream content = file.getInputStream()) {
			return StoredJson.of(intake.importFile(file.getOriginalFilename(), content, source, user.getUsername()));
		}
	}

	@GetMapping
	@PreAuthorize(StatisticsAccess.READERS)
	FoundJson find(@RequestParam(required = false) String unit, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user) {
		ObservationQuery query = ObservationQuery.of(unit, indicator, period, user, units, indicators);
		ObservationHistory.Found found = history.find(query.unitId(), query.indicatorId(), query.period(),
				ObservationHistory.MAX_ROWS);
		return new FoundJson(found.observations().stream().map(ObservedJson::of).toList(), found.more());
	}

}
