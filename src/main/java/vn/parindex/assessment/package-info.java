/**
 * Self-assessment (tự đánh giá) of a unit in a campaign: the scoring sheet with its
 * inputs and points, not-applicable claims, evidence files, explanations, submission, and
 * its audit trail.
 * <p>
 * Builds on campaign, framework and units; appraisal and scoring build on it.
 */
@ApplicationModule(displayName = "Self-assessment", allowedDependencies = { "audit", "accounts", "units", "framework",
		"campaign", "engine", "workbook", "problem", "statistics" })
package vn.parindex.assessment;

import org.springframework.modulith.ApplicationModule;
