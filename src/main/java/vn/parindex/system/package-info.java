/**
 * Layout, home page, error pages, internationalisation, the embedded database and demo
 * data.
 * <p>
 * The top of the module graph: it may use every business module, none may use it.
 */
@ApplicationModule(displayName = "System", allowedDependencies = { "accounts", "units", "framework", "campaign",
		"assessment", "appraisal", "scoring", "workbook", "problem" })
package vn.parindex.system;

import org.springframework.modulith.ApplicationModule;
