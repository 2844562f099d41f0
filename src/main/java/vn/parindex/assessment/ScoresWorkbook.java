package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;
import vn.parindex.workbook.WorkbookWriter;

/**
 * The scores workbook of FORMATS.md (sheet {@code Scores}, one row per unit and leaf):
 * how past years and units that answer in Excel reach the sheets. Reading only parses
 * cells; whether a row fits the campaign is {@link ScoreChecks}' business.
 */
final class ScoresWorkbook {

	static final String SHEET = "Scores";

	static final List<Column> COLUMNS = List.of(Column.required("unit", "Mã đơn vị"),
			Column.required("criterion", "Mã tiêu chí"), Column.optional("self_points", "Điểm tự đánh giá"),
			Column.optional("appraised_points", "Điểm thẩm định"), Column.optional("not_applicable", "Không phát sinh"),
			Column.optional("note", "Ghi chú"));

	private ScoresWorkbook() {
	}

	/**
	 * @throws vn.parindex.problem.Refusal when the file is no workbook or lacks a
	 * required column; cell errors are left on the reader
	 */
	static Parsed read(InputStream content) {
		WorkbookReader reader = WorkbookReader.read(content, SHEET, COLUMNS);
		List<ScoreLine> lines = reader.rows().stream().map(ScoresWorkbook::line).toList();
		return new Parsed(reader, lines);
	}

	private static ScoreLine line(WorkbookRow row) {
		if (!row.has("unit")) {
			row.error("unit", "workbook.error.required");
		}
		if (!row.has("criterion")) {
			row.error("criterion", "workbook.error.required");
		}
		return new ScoreLine(row.number(), row.text("unit"), row.text("criterion"), row.decimal("self_points"),
				row.decimal("appraised_points"), row.yesNo("not_applicable", null), row.text("note"));
	}

	/** The template offered beside the import: Vietnamese headers and two examples. */
	static void template(OutputStream out) throws IOException {
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(SHEET, COLUMNS)
				.row("HN", "1.1", new BigDecimal("3.5"), new BigDecimal("3.25"), "N", "Kế hoạch số 15/KH-UBND")
				.row("HN", "1.2", null, null, "Y", "Năm nay không phát sinh nhiệm vụ");
			writer.write(out);
		}
	}

	/**
	 * One row as typed; a cell that did not parse is {@code null} and its error is on the
	 * reader.
	 *
	 * @param notApplicable {@code null} when the cell is empty: the claim stays as it was
	 */
	record ScoreLine(int row, String unitCode, String criterion, BigDecimal selfPoints, BigDecimal appraisedPoints,
			Boolean notApplicable, String note) {

		boolean hasPoints() {
			return selfPoints != null || appraisedPoints != null;
		}

	}

	record Parsed(WorkbookReader reader, List<ScoreLine> lines) {
	}

}
