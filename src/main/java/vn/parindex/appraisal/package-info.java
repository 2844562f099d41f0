/**
 * Appraisal (thẩm định) by the council: assignments, per-leaf decisions with reasons,
 * returns for explanation (giải trình), finalisation, and the campaign's appraisal
 * report.
 * <p>
 * Builds on the self-assessment; records its decisions on the sheet through
 * {@code assessment.SheetReview}. Other modules go through {@link Appraisal}.
 */
@ApplicationModule(displayName = "Appraisal", allowedDependencies = { "audit", "accounts", "units", "framework",
		"campaign", "assessment", "engine", "workbook", "problem", "statistics" })
package vn.parindex.appraisal;

import org.springframework.modulith.ApplicationModule;
