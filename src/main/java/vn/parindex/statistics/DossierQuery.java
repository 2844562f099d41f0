package vn.parindex.statistics;

import java.time.ZoneId;
import java.util.Locale;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.statistics.DossierCounts.Outcome;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

/**
 * Which dossiers a page or the API is asked for: a unit the caller may see, a level or
 * all, a period, an outcome or all.
 */
record DossierQuery(UnitView unit, String level, Period period, Outcome outcome) {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * @throws Refusal 404 for an unknown unit, 403 for another unit's person, 400 for a
	 * bad level, period or outcome
	 */
	static DossierQuery read(UnitCatalog units, CurrentUser user, String unitCode, String level, String period,
			String outcome) {
		UnitView unit = units.byCode((unitCode == null) ? "" : unitCode.strip())
			.orElseThrow(() -> Refusal.notFound("statistics.dossiers.query.unit", unitCode));
		if (!user.canSeeUnit(unit.id())) {
			throw Refusal.forbidden("statistics.dossiers.query.forbidden");
		}
		String levelName = null;
		if (level != null && !level.isBlank()) {
			levelName = DossierTerms.of(DossierTerms.LEVELS, level);
			if (levelName == null) {
				throw Refusal.badRequest("statistics.dossiers.query.level", level);
			}
		}
		Period read = Period.parse(period)
			.orElseThrow(() -> Refusal.badRequest("statistics.dossiers.query.period", String.valueOf(period)));
		Outcome chosen = null;
		if (outcome != null && !outcome.isBlank()) {
			try {
				chosen = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.badRequest("statistics.dossiers.query.outcome", outcome);
			}
		}
		return new DossierQuery(unit, levelName, read, chosen);
	}

}
