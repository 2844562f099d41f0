package vn.parindex.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

/**
 * A unit's sheet as a workbook: every leaf it sees, then the totals. The first sheet
 * carries the scores workbook's columns, so the export imports again as it is (a leaf
 * claimed not applicable exports no points, as the import wants).
 */
final class SheetWorkbook {

	static final String TOTALS_SHEET = "Tổng hợp";

	/**
	 * The scores workbook's columns, with what a reader of the sheet wants between them.
	 */
	static final List<Column> COLUMNS = List.of(Column.required("unit", "Mã đơn vị"),
			Column.required("criterion", "Mã tiêu chí"), Column.optional("name", "Tên tiêu chí"),
			Column.optional("max_points", "Điểm tối đa"), Column.optional("source", "Nguồn"),
			Column.optional("rule", "Cách tính"), Column.optional("input", "Số liệu đã nhập"),
			Column.optional("self_points", "Điểm tự đánh giá"), Column.optional("appraised_points", "Điểm thẩm định"),
			Column.optional("not_applicable", "Không phát sinh"), Column.optional("reason", "Lý do không phát sinh"),
			Column.optional("note", "Ghi chú"), Column.optional("evidence_files", "Số tệp kiểm chứng"));

	private static final List<Column> TOTAL_COLUMNS = List.of(Column.optional("code", "Mã"),
			Column.optional("name", "Tên"), Column.optional("points", "Điểm"),
			Column.optional("max_points", "Điểm tối đa áp dụng"), Column.optional("index", "Chỉ số (%)"));

	private SheetWorkbook() {
	}

	/**
	 * @param verdicts whether the reader sees the council's points (see
	 * {@link AppraisalDisclosure#verdicts()}); the column stays, empty, when not
	 */
	static void write(SheetView sheet, boolean verdicts, OutputStream out) throws IOException {
		FrameworkTree tree = sheet.framework().tree();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(ScoresWorkbook.SHEET, COLUMNS);
			for (FrameworkNode leaf : tree.leaves()) {
				if (sheet.visible(leaf)) {
					writer.row(row(sheet, leaf, verdicts));
				}
			}
			writer.sheet(TOTALS_SHEET, TOTAL_COLUMNS);
			for (FrameworkNode area : tree.areas()) {
				if (sheet.visible(area) && tree.inMaximum(area.code())) {
					NodeTotal total = sheet.totals().node(area.code());
					writer.row(area.code(), area.name(), total.points(), total.applicableMax(), total.shownIndex());
				}
			}
			NodeTotal total = sheet.totals().total();
			writer.row(null, "Điểm thưởng", sheet.totals().bonus())
				.row(null, "Điểm trừ", sheet.totals().penalty())
				.row(null, "Tổng cộng (chỉ số tạm tính)", total.points(), total.applicableMax(), total.shownIndex());
			writer.write(out);
		}
	}

	private static Object[] row(SheetView sheet, FrameworkNode leaf, boolean verdicts) {
		LeafEntry entry = sheet.entry(leaf.code());
		boolean na = entry.notApplicable();
		return new Object[] { sheet.unit().code(), leaf.code(), leaf.name(),
				sheet.framework().tree().maxPoints(leaf.code()), leaf.source().name(), leaf.rule().name(),
				(entry.input() != null) ? Inputs.describe(entry.input()) : null, na ? null : entry.selfPoints(),
				(na || !verdicts) ? null : entry.appraisedPoints(), na ? "Y" : "N", entry.notApplicableReason(),
				na ? entry.notApplicableReason() : entry.explanation(), sheet.evidence(leaf.code()).size() };
	}

}
