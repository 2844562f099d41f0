/**
 * Surveys (khảo sát xã hội học) and SIPAS: instruments with their respondent groups and
 * questions, survey rounds of a campaign with populations and samples, named and
 * anonymous respondents with single-use tokens, the public answering page, paper
 * questionnaires, quality flags, results with confidence intervals, and the points of the
 * {@code SURVEY} leaves they feed.
 * <p>
 * A {@link vn.parindex.engine.LeafSource} for scoring; builds on campaigns, frameworks
 * and units. Responses are anonymous by construction: nothing stored links one to its
 * token or its respondent.
 */
@ApplicationModule(displayName = "Surveys", allowedDependencies = { "audit", "accounts", "units", "framework",
		"campaign", "engine", "workbook", "problem" })
package vn.parindex.survey;

import org.springframework.modulith.ApplicationModule;
