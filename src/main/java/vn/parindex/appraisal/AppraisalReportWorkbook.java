package vn.parindex.appraisal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

/**
 * The appraisal report as a workbook: one sheet of units, one of the most deducted leaves
 * and criteria. Figures are exact; the reader's spreadsheet formats them.
 */
final class AppraisalReportWorkbook {

	private AppraisalReportWorkbook() {
	}

	static void write(AppraisalReport report, Function<String, String> label, OutputStream out) throws IOException {
		try (WorkbookWriter workbook = new WorkbookWriter()) {
			workbook.sheet(label.apply("council.report.sheet.units"),
					columns(label, "council.report.unitCode", "council.report.unit", "council.report.status",
							"council.report.selfPoints", "council.report.selfIndex", "council.report.appraisedPoints",
							"council.report.appraisedIndex", "council.report.pointsAdjustment",
							"council.report.indexAdjustment", "council.report.lost"));
			for (AppraisalReport.UnitRow row : report.units()) {
				workbook.row(row.unit().code(), row.unit().name(),
						label.apply("assessment.status." + row.status().name()), row.self().points(),
						row.self().index(), row.appraised().points(), row.appraised().index(), row.pointsAdjustment(),
						row.indexAdjustment(), row.lost());
			}
			lossSheet(workbook, label, "council.report.sheet.leaves", report.losses().leavesByPoints());
			lossSheet(workbook, label, "council.report.sheet.criteria", report.losses().criteriaByPoints());
			lossSheet(workbook, label, "council.report.sheet.areas", report.losses().areasByPoints());
			workbook.write(out);
		}
	}

	private static void lossSheet(WorkbookWriter workbook, Function<String, String> label, String name,
			List<AppraisalReport.NodeLoss> losses) {
		workbook.sheet(label.apply(name), columns(label, "council.report.code", "council.report.node",
				"council.report.pointsLost", "council.report.unitsLosing"));
		losses.forEach((loss) -> workbook.row(loss.node().code(), loss.node().name(), loss.points(), loss.units()));
	}

	private static List<Column> columns(Function<String, String> label, String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> Column.optional(key, label.apply(key))).toList();
	}

}
