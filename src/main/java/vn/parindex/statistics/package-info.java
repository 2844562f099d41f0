/**
 * Operational statistics (số liệu thống kê): the indicator catalog, the observations of
 * each unit, indicator and period with their sources and history, the feeds that bring
 * them (workbook, CSV, a JSON batch API, dossier records of the one-stop systems counted
 * by one rule), the points of the {@code STATISTIC} leaves computed from them, and the
 * quarterly board.
 * <p>
 * A {@link vn.parindex.engine.LeafSource} for scoring; builds on campaigns, frameworks
 * and units. A period without data is missing, never 0.
 */
@ApplicationModule(displayName = "Statistics", allowedDependencies = { "audit", "accounts", "units", "framework",
		"campaign", "engine", "workbook", "problem" })
package vn.parindex.statistics;

import org.springframework.modulith.ApplicationModule;
