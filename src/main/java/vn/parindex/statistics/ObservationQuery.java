package vn.parindex.statistics;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

/**
 * Which observations a reader asks for: a unit (her own, for a unit's people, whether she
 * names it or not), an indicator, a period they lie within; each optional otherwise.
 */
record ObservationQuery(UnitView unit, Indicator indicator, Period period) {

	/**
	 * @throws Refusal 404 for an unknown unit or indicator, 400 for a period that is
	 * none, 403 for another unit than a unit's person's own
	 */
	static ObservationQuery of(String unitCode, String indicatorCode, String periodText, CurrentUser user,
			UnitCatalog units, IndicatorStore indicators) {
		UnitView unit = null;
		if (unitCode != null && !unitCode.isBlank()) {
			unit = units.byCode(unitCode.strip())
				.orElseThrow(() -> Refusal.notFound("statistics.feeds.error.unknownUnit", unitCode.strip()));
			StatisticsAccess.refuseOtherUnit(user, unit);
		}
		else if (!StatisticsAccess.allUnits(user)) {
			if (user.unitId() == null) {
				throw Refusal.forbidden("statistics.feeds.noUnit");
			}
			unit = units.byId(user.unitId()).orElseThrow(() -> Refusal.forbidden("statistics.feeds.noUnit"));
		}
		Indicator indicator = null;
		if (indicatorCode != null && !indicatorCode.isBlank()) {
			indicator = indicators.byCode(indicatorCode)
				.orElseThrow(() -> Refusal.notFound("statistics.feeds.error.unknownIndicator", indicatorCode.strip()));
		}
		Period period = null;
		if (periodText != null && !periodText.isBlank()) {
			period = Period.parse(periodText)
				.orElseThrow(() -> Refusal.badRequest("statistics.feeds.error.period", periodText.strip())
					.onField("period"));
		}
		return new ObservationQuery(unit, indicator, period);
	}

	Long unitId() {
		return (unit != null) ? unit.id() : null;
	}

	Long indicatorId() {
		return (indicator != null) ? indicator.id() : null;
	}

}
