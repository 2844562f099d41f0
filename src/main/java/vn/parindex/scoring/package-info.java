/**
 * Scoring: the plain-Java engine (points, component indices, ranks, groups, peer groups)
 * and the campaign's stored results, recomputed when a sheet changes, with the results
 * pages, unit profiles, API and workbook.
 * <p>
 * Reads the sheets through {@code assessment.SheetInputs}; never depends on appraisal.
 */
@ApplicationModule(displayName = "Scoring", allowedDependencies = { "audit", "accounts", "units", "framework",
		"campaign", "assessment", "engine", "workbook", "problem" })
package vn.parindex.scoring;

import org.springframework.modulith.ApplicationModule;
