/**
 * Evaluated units (ministries, provinces, departments, communes …), their types and
 * hierarchy.
 * <p>
 * Uses accounts for the current user's unit scope and tells accounts which units exist.
 */
@ApplicationModule(displayName = "Units", allowedDependencies = { "accounts" })
package vn.parindex.units;

import org.springframework.modulith.ApplicationModule;
