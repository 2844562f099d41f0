package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's {@code STATISTIC} leaves in a campaign (its figures, points and the council's
 * adjustments), and the adjustments themselves: {@code PUT} and {@code DELETE} on
 * {@code …/leaves/{leafCode}/adjustment}. Reading: the council, the secretariat,
 * administrators and viewers; a unit's own people for their unit only. Adjusting: the
 * council chair, the secretariat and administrators.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/statistics/units/{unitCode}")
class StatisticScoringApiController {

	private final StatisticFigures figures;

	private final StatisticAdjustments adjustments;

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	StatisticScoringApiController(StatisticFigures figures, StatisticAdjustments adjustments, CampaignCatalog campaigns,
			UnitCatalog units) {
		this.figures = figures;
		this.adjustments = adjustments;
		this.campaigns = campaigns;
		this.units = units;
	}

	/** The body of an adjustment. */
	record AdjustmentRequest(BigDecimal points, String reason, Integer version) {
	}

	/**
	 * A unit's statistic leaves; {@code frozenSince} when its appraisal's finalisation
	 * froze them ({@code null}: not frozen).
	 */
	record UnitJson(long campaign, String unit, int year, boolean official, Instant frozenSince,
			List<LeafJson> leaves) {

		static UnitJson of(UnitStatistics statistics, String unitCode) {
			return new UnitJson(statistics.campaignId(), unitCode, statistics.year(), statistics.official(),
					statistics.frozenSince(), statistics.leaves().stream().map(LeafJson::of).toList());
		}

	}

	/**
	 * One leaf: {@code rate} is a percentage exact to 4 decimals; {@code counted} the
	 * points that count (the council's where it adjusted them); {@code current}, for a
	 * frozen unit, what the current observations would give where that differs.
	 */
	record LeafJson(String leaf, String name, BigDecimal maxPoints, List<StatisticFigure.IndicatorRef> indicators,
			String state, BigDecimal points, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
			BigDecimal rate, List<String> sources, List<String> periods, boolean complete, AdjustmentJson adjustment,
			BigDecimal counted, CurrentJson current) {

		static LeafJson of(StatisticFigure figure) {
			StatisticFigure.Adjustment a = figure.adjustment();
			return new LeafJson(figure.leafCode(), figure.name(), figure.maxPoints(), figure.indicators(),
					figure.state().name(), figure.points(), plain(figure.numerator()), plain(figure.denominator()),
					plain(figure.value()),
					(figure.rate() != null)
							? figure.ratePercent().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros() : null,
					figure.sources(), figure.periods(), figure.complete(),
					(a != null)
							? new AdjustmentJson(a.points(), a.reason(), a.adjustedBy(), a.adjustedAt(), a.version())
							: null,
					figure.counted(), CurrentJson.of(figure.current()));
		}

		private static BigDecimal plain(BigDecimal number) {
			return (number != null) ? number.stripTrailingZeros() : null;
		}

	}

	record AdjustmentJson(BigDecimal points, String reason, String by, Instant at, int version) {
	}

	/** What the current observations would give a frozen leaf (not counted). */
	record CurrentJson(String state, BigDecimal points, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
			BigDecimal rate, List<String> sources, List<String> periods, boolean complete) {

		static CurrentJson of(StatisticFigure.Current current) {
			if (current == null) {
				return null;
			}
			return new CurrentJson(current.state().name(), current.points(), LeafJson.plain(current.numerator()),
					LeafJson.plain(current.denominator()), LeafJson.plain(current.value()),
					(current.rate() != null)
							? current.ratePercent().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros() : null,
					current.sources(), current.periods(), current.complete());
		}

	}

	@GetMapping
	UnitJson unit(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		UnitView unit = readable(campaignId, unitCode, user);
		return UnitJson.of(figures.forUnit(campaignId, unit.id()), unit.code());
	}

	@PutMapping("/leaves/{leafCode}/adjustment")
	UnitJson adjust(@PathVariable long campaignId, @PathVariable String unitCode, @PathVariable String leafCode,
			@RequestBody AdjustmentRequest request, @AuthenticationPrincipal CurrentUser user) {
		StatisticAdjustments.Target target = adjustTarget(campaignId, unitCode, leafCode, user);
		adjustments.adjust(campaignId, unitCode, leafCode, (request != null) ? request.points() : null,
				(request != null) ? request.reason() : null, (request != null) ? request.version() : null, user);
		return UnitJson.of(figures.forUnit(campaignId, target.unit().id()), target.unit().code());
	}

	@DeleteMapping("/leaves/{leafCode}/adjustment")
	ResponseEntity<Void> withdraw(@PathVariable long campaignId, @PathVariable String unitCode,
			@PathVariable String leafCode, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		adjustTarget(campaignId, unitCode, leafCode, user);
		adjustments.withdraw(campaignId, unitCode, leafCode, reason, version, user);
		return ResponseEntity.noContent().build();
	}

	private StatisticAdjustments.Target adjustTarget(long campaignId, String unitCode, String leafCode,
			CurrentUser user) {
		if (!StatisticAdjustments.mayAdjust(user)) {
			throw new AccessDeniedException("Only the council chair and the secretariat adjust statistic leaves");
		}
		return adjustments.target(campaignId, unitCode, leafCode);
	}

	private UnitView readable(long campaignId, String unitCode, CurrentUser user) {
		UnitView unit = units.byCode((unitCode != null) ? unitCode.strip() : "")
			.orElseThrow(() -> Refusal.notFound("statistics.scoring.error.unitNotInCampaign", unitCode));
		if (!user.canSeeUnit(unit.id())) {
			throw new AccessDeniedException("unit " + unit.code() + " is not visible to " + user.getUsername());
		}
		campaigns.get(campaignId, user);
		return unit;
	}

}
