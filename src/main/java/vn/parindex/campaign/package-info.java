/**
 * Evaluation rounds (kỳ đánh giá): the year, the framework, the participating units, the
 * phases with their deadlines, and the reminders sent before them.
 * <p>
 * Uses the framework it evaluates against and the units taking part; assessment builds on
 * it.
 */
@ApplicationModule(displayName = "Campaigns",
		allowedDependencies = { "audit", "accounts", "framework", "units", "workbook", "problem" })
package vn.parindex.campaign;

import org.springframework.modulith.ApplicationModule;
