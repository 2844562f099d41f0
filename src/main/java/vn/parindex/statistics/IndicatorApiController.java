package vn.parindex.statistics;

import java.net.URI;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicator catalog over the API (FORMATS.md, Statistics): everybody signed in reads
 * it, the secretariat and administrators add and edit indicators.
 */
@RestController
@RequestMapping("/api/v1/statistics/indicators")
class IndicatorApiController {

	private final IndicatorStore indicators;

	private final IndicatorEditor editor;

	IndicatorApiController(IndicatorStore indicators, IndicatorEditor editor) {
		this.indicators = indicators;
		this.editor = editor;
	}

	/** An indicator as the API shows it. */
	record IndicatorJson(String code, String name, IndicatorKind kind, String numeratorLabel, String denominatorLabel,
			PeriodAggregation periodAggregation, boolean sumChildren, boolean builtIn, String description,
			int version) {

		static IndicatorJson of(Indicator indicator) {
			return new IndicatorJson(indicator.code(), indicator.name(), indicator.kind(), indicator.numeratorLabel(),
					indicator.denominatorLabel(), indicator.periodAggregation(), indicator.sumChildren(),
					indicator.builtIn(), indicator.description(), indicator.version());
		}

	}

	@GetMapping
	@PreAuthorize(StatisticsAccess.READERS)
	List<IndicatorJson> list() {
		return indicators.all().stream().map(IndicatorJson::of).toList();
	}

	@GetMapping("/{code}")
	@PreAuthorize(StatisticsAccess.READERS)
	IndicatorJson get(@PathVariable String code) {
		return IndicatorJson.of(indicators.byCode(code)
			.orElseThrow(() -> Refusal.notFound("statistics.feeds.indicator.unknown", code)));
	}

	@PostMapping
	@PreAuthorize(StatisticsAccess.WRITERS)
	ResponseEntity<IndicatorJson> create(@RequestBody IndicatorRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Indicator created = editor.create(request, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/statistics/indicators/" + created.code()))
			.body(IndicatorJson.of(created));
	}

	@PutMapping("/{code}")
	@PreAuthorize(StatisticsAccess.WRITERS)
	IndicatorJson update(@PathVariable String code, @RequestBody IndicatorRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return IndicatorJson.of(editor.update(code, request, user.getUsername()));
	}

}
