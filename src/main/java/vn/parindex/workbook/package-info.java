/**
 * Reading and writing the Excel workbooks agencies exchange: header matching in
 * Vietnamese or English, tolerant numbers, and every error of an import listed by sheet,
 * row and column.
 * <p>
 * A technical module every business module may use; it uses none of them.
 */
@ApplicationModule(displayName = "Workbooks", type = ApplicationModule.Type.OPEN)
package vn.parindex.workbook;

import org.springframework.modulith.ApplicationModule;
