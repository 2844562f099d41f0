/**
 * Index frameworks (bộ chỉ số): the tree of areas, criteria and sub-criteria with their
 * maxima, sources and scoring rules; versions, freezing, copy to the next year,
 * comparison, workbooks.
 * <p>
 * Its {@link vn.parindex.framework.Rule} turns a leaf's input into points for
 * self-assessment, appraisal and scoring alike, through
 * {@link vn.parindex.framework.FrameworkView#points}, which applies the framework's
 * rounding of computed points.
 */
@ApplicationModule(displayName = "Frameworks",
		allowedDependencies = { "audit", "accounts", "engine", "workbook", "problem" })
package vn.parindex.framework;

import org.springframework.modulith.ApplicationModule;
