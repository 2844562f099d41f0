/**
 * Layout, home page, error pages and problem+json, internationalisation and the embedded
 * database.
 * <p>
 * Pages' frame above the business modules: it uses the few it shows on every page, none
 * may use it.
 */
@ApplicationModule(displayName = "System", allowedDependencies = { "accounts", "units", "workbook", "problem" })
package vn.parindex.system;

import org.springframework.modulith.ApplicationModule;
