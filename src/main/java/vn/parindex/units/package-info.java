/**
 * Evaluated units (ministries, provinces, departments, communes …), their types,
 * hierarchy and restructuring lineage (mergers and splits), with their workbook.
 * <p>
 * Uses accounts for the current user's unit scope and tells accounts which units exist;
 * uses workbook to read and write Excel. Other modules go through
 * {@link vn.parindex.units.UnitCatalog}.
 */
@ApplicationModule(displayName = "Units", allowedDependencies = { "audit", "accounts", "workbook", "problem" })
package vn.parindex.units;

import org.springframework.modulith.ApplicationModule;
