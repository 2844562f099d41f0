package vn.parindex.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import vn.parindex.engine.Source;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

/**
 * The workbook a secretariat downloads to start a framework: the columns with Vietnamese
 * headers, an example of every rule, and a sheet explaining the rule parameters.
 */
final class FrameworkTemplate {

	static final List<FrameworkNode> EXAMPLE = List
		.of(node("1", null, "Công tác chỉ đạo, điều hành cải cách hành chính (ví dụ)", null, null, null, null, null),
				node("1.1", "1", "Kế hoạch cải cách hành chính năm", null, null, null, null, null),
				node("1.1.1", "1.1", "Ban hành kế hoạch đúng thời hạn", "1", Source.SELF, RuleKind.YES_NO, null,
						"Thẩm định"),
				node("1.1.2", "1.1", "Mức độ hoàn thành kế hoạch", "2", Source.SELF, RuleKind.LEVELS,
						"Hoàn thành 100%=100%; Từ 80% đến dưới 100%=50%; Dưới 80%=0", "Thẩm định"),
				node("1.2", "1", "Chất lượng báo cáo cải cách hành chính", "1.5", Source.SELF, RuleKind.MANUAL,
						"step=0.25", "Thẩm định"),
				node("1.3", "1", "Nhiệm vụ được giao bị quá hạn", "2", Source.SELF, RuleKind.DEDUCTION, "step=0.5",
						"Thẩm định"),
				node("2", null, "Cải cách thủ tục hành chính (ví dụ)", null, null, null, null, null),
				node("2.1", "2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "2", Source.STATISTIC, RuleKind.RATIO_TIERS,
						"indicator=TTHC_DUNG_HAN; 100%=100%; 95%=75%; 80%=50%; 0%=0", "Thẩm định"),
				node("2.2", "2", "Tỷ lệ hồ sơ trực tuyến", "1", Source.STATISTIC, RuleKind.RATIO_TIERS,
						"indicator=HO_SO_TRUC_TUYEN; linear; target=50%", "Thẩm định"),
				node("2.3", "2", "Phản ánh, kiến nghị được xử lý đúng hạn", "1", Source.STATISTIC, RuleKind.RATIO_TIERS,
						"indicator=PAKN_DUNG_HAN; linear; zero=full", "Thẩm định"),
				node("2.4", "2", "Chỉ số phục vụ người dân trên Cổng dịch vụ công (công thức)", "10", Source.STATISTIC,
						RuleKind.FORMULA,
						"A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; C=766.SO_HOA_HS; formula=6*A + min(2, 2.5*B) + 2.5*C",
						"Thẩm định"),
				node("2.5", "2", "Nhiệm vụ Chính phủ giao bị quá hạn", "1", Source.STATISTIC, RuleKind.DEDUCTION,
						"indicator=NHIEM_VU_QUA_HAN; step=0.25", "Thẩm định"),
				node("2.6", "2", "Sự hài lòng của người dân (SIPAS)", "3", Source.SURVEY, RuleKind.SURVEY_SCORE, null,
						"Tác động"),
				node("2.7", "2", "Lãnh đạo, quản lý đánh giá cải cách thủ tục hành chính", "2", Source.SURVEY,
						RuleKind.SURVEY_SCALE, "scale=5", "Tác động"),
				node("3", null, "Điểm thưởng (ví dụ)", null, null, null, null, null),
				node("3.1", "3", "Sáng kiến cải cách hành chính được công nhận", "1", Source.BONUS, RuleKind.YES_NO,
						null, null));

	private static final List<Column> HELP_COLUMNS = List.of(Column.optional("rule", "Cách tính"),
			Column.optional("params", "Tham số"), Column.optional("meaning", "Ý nghĩa"));

	private FrameworkTemplate() {
	}

	static void write(OutputStream out) throws IOException {
		FrameworkSettings settings = new FrameworkSettings("Bộ chỉ số mẫu", java.time.Year.now().getValue(), "PROVINCE",
				new BigDecimal("2"), new BigDecimal("2"));
		try (WorkbookWriter writer = new WorkbookWriter()) {
			FrameworkTree tree = new FrameworkTree(EXAMPLE);
			writer.sheet(FrameworkWorkbook.SHEET, FrameworkWorkbook.COLUMNS);
			for (FrameworkNode node : tree.ordered()) {
				boolean leaf = tree.isLeaf(node.code());
				writer.row(node.code(), node.parentCode(), node.name(), leaf ? node.maxPoints() : null,
						leaf ? node.source().name() : null, leaf ? node.rule().name() : null, node.ruleParams(),
						node.part(), node.appliesTo(), leaf ? (node.evidenceRequired() ? "Y" : "N") : null,
						node.guidance());
			}
			writer.sheet(FrameworkWorkbook.SETTINGS_SHEET, FrameworkWorkbook.SETTINGS_COLUMNS)
				.row(settings.name(), settings.year(), settings.targetGroup(), settings.bonusCap(),
						settings.penaltyCap(), FrameworkWorkbook.yesNo(settings.roundComputed()));
			writer.sheet("Hướng dẫn", HELP_COLUMNS)
				.row("MANUAL", "step=0.25", "Nhập điểm từ 0 đến điểm tối đa, theo bước 0,25")
				.row("YES_NO", "", "Có = điểm tối đa, Không = 0")
				.row("LEVELS", "Tốt=100%; Đạt=50%; Không đạt=0", "Chọn một mức; % là phần của điểm tối đa")
				.row("RATIO_TIERS", "100%=100%; 80%=50%; 0%=0", "Tỷ lệ = tử số / mẫu số; đạt ngưỡng nào được điểm đó")
				.row("RATIO_TIERS", "linear", "Điểm = tỷ lệ × điểm tối đa, không quá điểm tối đa")
				.row("RATIO_TIERS", "linear; target=80%",
						"Điểm = điểm tối đa × tỷ lệ / 80%: đạt mục tiêu 80% trở lên được điểm tối đa")
				.row("DEDUCTION", "step=0.5", "Điểm tối đa trừ 0,5 cho mỗi trường hợp, không dưới 0")
				.row("SURVEY_SCALE", "scale=5", "Điểm = điểm tối đa × (trung bình − 1) / (5 − 1)")
				.row("SURVEY_SCORE", "", "Điểm = điểm tối đa × điểm khảo sát của đơn vị cho tiêu chí (0–100%)")
				.row("RATIO_TIERS", "indicator=TTHC_DUNG_HAN; linear; zero=full",
						"Nguồn Số liệu thống kê: indicator= là mã chỉ tiêu lấy số liệu; zero=full: kỳ không có hồ sơ "
								+ "(0/0) được điểm tối đa, zero=none: được 0, để trống: tiêu chí không áp dụng")
				.row("DEDUCTION", "indicator=NHIEM_VU_QUA_HAN; step=0.25",
						"Nguồn Số liệu thống kê: trừ 0,25 điểm cho mỗi nhiệm vụ quá hạn của chỉ tiêu")
				.row("FORMULA", "A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; formula=6*A + min(2, 2.5*B)",
						"Nguồn Số liệu thống kê: mỗi biến là một mã chỉ tiêu (tỷ lệ tính dưới dạng số thập phân, "
								+ "0,959 cho 95,9%); công thức dùng số (dấu chấm thập phân), + - * /, ngoặc, min, max, "
								+ "abs; điểm = giá trị công thức, trong khoảng 0 đến điểm tối đa");
			writer.write(out);
		}
	}

	private static FrameworkNode node(String code, String parent, String name, String max, Source source, RuleKind rule,
			String params, String part) {
		boolean leaf = max != null;
		return new FrameworkNode(code, parent, name, leaf ? "Hướng dẫn chấm điểm cho tiêu chí " + code : null,
				leaf ? new BigDecimal(max) : null, source, rule, params, part, null, source == Source.SELF);
	}

}
