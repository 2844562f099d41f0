package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class FrameworkWorkbookTests {

	private static final FrameworkSettings SETTINGS = new FrameworkSettings("Bộ chỉ số thử", 2025, "PROVINCE",
			new BigDecimal("2"), new BigDecimal("1.5"));

	private static final String[][] SMALL = { { "code", "parent", "name", "max_points" }, { "1", "", "Lĩnh vực", "" },
			{ "1.1", "1", "Tiêu chí", "2" } };

	@Test
	void anExportReimportsToTheSameFramework() throws IOException {
		FrameworkTree tree = new FrameworkTree(Trees.small());
		FrameworkWorkbook.Imported imported = FrameworkWorkbook.read(export(tree));
		assertThat(imported.nodes()).isEqualTo(tree.ordered());
		assertThat(imported.settings()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(SETTINGS);
	}

	@Test
	void theRoundingOfComputedPointsRoundTrips() throws IOException {
		FrameworkSettings rounding = new FrameworkSettings("Bộ chỉ số làm tròn", 2025, "PROVINCE", null, null, true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FrameworkWorkbook.write(rounding, new FrameworkTree(Trees.small()), out);
		assertThat(FrameworkWorkbook.read(out.toByteArray()).settings().roundComputed()).isTrue();
		assertThat(FrameworkWorkbook.read(export(new FrameworkTree(Trees.small()))).settings().roundComputed())
			.isFalse();
	}

	@Test
	void theSettingsSheetTakesTheRoundingAsYesOrNoUnderEitherHeader() throws IOException {
		assertThat(roundComputed(new String[][] { { "name", "round_computed" }, { "Bộ", "Y" } })).isTrue();
		assertThat(roundComputed(new String[][] { { "Tên", "Làm tròn điểm tính toán" }, { "Bộ", "Có" } })).isTrue();
		assertThat(roundComputed(new String[][] { { "name", "round_computed" }, { "Bộ", "N" } })).isFalse();
		assertThat(roundComputed(new String[][] { { "name", "round_computed" }, { "Bộ", "" } })).as("default N")
			.isFalse();
		assertThat(roundComputed(new String[][] { { "name" }, { "Bộ" } })).as("no column").isFalse();
	}

	@Test
	void aRoundingThatIsNeitherYesNorNoIsAnError() throws IOException {
		byte[] workbook = xlsx(SMALL, new String[][] { { "name", "round_computed" }, { "Bộ", "2 số" } });
		assertThatThrownBy(() -> FrameworkWorkbook.read(workbook)).isInstanceOfSatisfying(Refusal.class,
				(ex) -> assertThat(ex.errors())
					.extracting((error) -> error.location().get("sheet"), FrameworkWorkbookTests::row,
							FrameworkWorkbookTests::column, Refusal.FieldError::messageKey)
					.containsExactly(tuple("Settings", 2, "round_computed", "workbook.error.notYesNo")));
	}

	@Test
	void theTemplateImportsAndShowsEveryRule() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FrameworkTemplate.write(out);
		FrameworkWorkbook.Imported imported = FrameworkWorkbook.read(out.toByteArray());
		assertThat(imported.nodes()).extracting(FrameworkNode::rule).contains(RuleKind.values());
		assertThat(new FrameworkTree(imported.nodes()).summary().bonusPoints()).isEqualByComparingTo("1");
		assertThat(imported.nodes()).filteredOn((node) -> node.source() == Source.STATISTIC)
			.isNotEmpty()
			.allSatisfy((node) -> assertThat(node.indicators()).as(node.code()).isNotEmpty())
			.extracting(FrameworkNode::ruleParams)
			.contains("indicator=HO_SO_TRUC_TUYEN; linear; target=50%",
					"A=766.HS_DUNG_HAN; B=766.HS_TRUC_TUYEN; C=766.SO_HOA_HS; formula=6*A + min(2, 2.5*B) + 2.5*C");
		assertThat(imported.settings().roundComputed()).isFalse();
	}

	@Test
	void vietnameseHeadersInAnyOrderAndDefaultsAreAccepted() throws IOException {
		byte[] workbook = xlsx(new String[][] { { "Tên", "Mã cha", "Mã", "Điểm tối đa", "Cách tính", "Tham số" },
				{ "Lĩnh vực một", "", "1", "", "", "" }, { "Tiêu chí", "1", "1.1", "2,5", "manual", "step=0,5" },
				{ "Có hay không", "1", "1.2", "0.5", "yes_no", "" } });
		FrameworkWorkbook.Imported imported = FrameworkWorkbook.read(workbook);
		assertThat(imported.settings()).isNull();
		assertThat(imported.nodes())
			.extracting(FrameworkNode::code, FrameworkNode::source, FrameworkNode::rule,
					FrameworkNode::evidenceRequired)
			.containsExactly(tuple("1", Source.SELF, RuleKind.MANUAL, false),
					tuple("1.1", Source.SELF, RuleKind.MANUAL, true), tuple("1.2", Source.SELF, RuleKind.YES_NO, true));
		assertThat(imported.nodes().get(1).maxPoints()).isEqualByComparingTo("2.5");
	}

	@Test
	void everyErrorIsListedWithItsRowAndColumn() throws IOException {
		byte[] workbook = xlsx(new String[][] {
				{ "code", "parent", "name", "max_points", "source", "rule", "rule_params", "evidence_required" },
				{ "1", "", "Lĩnh vực", "5", "", "", "", "" }, { "1.1", "1", "Một", "2", "SELF", "MANUAL", "", "Y" },
				{ "1.1", "1", "Trùng mã", "1", "SELF", "MANUAL", "", "Y" },
				{ "1.2", "9", "Cha không có", "1", "SELF", "MANUAL", "", "Y" },
				{ "1.3", "1", "Điểm sai", "abc", "SELF", "MANUAL", "", "Y" },
				{ "1.4", "1", "Nguồn sai", "1", "NOWHERE", "MANUAL", "", "maybe" },
				{ "1.5", "1", "Mức sai", "1", "SELF", "LEVELS", "Tốt=300%; Kém=0", "Y" } });
		assertThatThrownBy(() -> FrameworkWorkbook.read(workbook))
			.isInstanceOfSatisfying(Refusal.class, (ex) -> assertThat(ex.errors())
				.extracting(FrameworkWorkbookTests::row, FrameworkWorkbookTests::column, Refusal.FieldError::messageKey)
				.contains(tuple(6, "max_points", "workbook.error.notANumber"),
						tuple(7, "source", "framework.error.unknownChoice"),
						tuple(7, "evidence_required", "workbook.error.notYesNo"),
						tuple(4, "code", "framework.error.duplicateCode"),
						tuple(5, "parent", "framework.error.unknownParent"))
				.doesNotContain(tuple(6, "max_points", "framework.error.leafMaxRequired")));
		byte[] structural = xlsx(new String[][] { { "code", "parent", "name", "max_points", "rule", "rule_params" },
				{ "1", "", "Lĩnh vực", "5", "", "" }, { "1.1", "1", "Một", "2", "MANUAL", "" },
				{ "1.1", "1", "Trùng mã", "1", "MANUAL", "" }, { "1.2", "9", "Cha không có", "1", "MANUAL", "" },
				{ "1.5", "1", "Mức sai", "1", "LEVELS", "Tốt=300%; Kém=0" } });
		assertThatThrownBy(() -> FrameworkWorkbook.read(structural)).isInstanceOfSatisfying(Refusal.class, (ex) -> {
			assertThat(ex.errors())
				.extracting(FrameworkWorkbookTests::row, FrameworkWorkbookTests::column, Refusal.FieldError::messageKey)
				.contains(tuple(4, "code", "framework.error.duplicateCode"),
						tuple(5, "parent", "framework.error.unknownParent"));
			assertThat(ex.errors()).anySatisfy((error) -> {
				assertThat(row(error)).isEqualTo(6);
				assertThat(column(error)).isEqualTo("rule_params");
			});
		});
		byte[] wrongSum = xlsx(new String[][] { { "code", "parent", "name", "max_points" },
				{ "1", "", "Lĩnh vực", "5" }, { "1.1", "1", "Một", "2" }, { "1.2", "1", "Hai", "2.5" } });
		assertThatThrownBy(() -> FrameworkWorkbook.read(wrongSum)).isInstanceOfSatisfying(Refusal.class,
				(ex) -> assertThat(ex.errors())
					.extracting(FrameworkWorkbookTests::row, FrameworkWorkbookTests::column,
							Refusal.FieldError::messageKey)
					.containsExactly(tuple(2, "max_points", "framework.error.parentSum")));
	}

	private static Object row(Refusal.FieldError error) {
		return error.location().get("row");
	}

	private static Object column(Refusal.FieldError error) {
		return error.location().get("column");
	}

	private static byte[] export(FrameworkTree tree) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FrameworkWorkbook.write(SETTINGS, tree, out);
		return out.toByteArray();
	}

	private static boolean roundComputed(String[][] settings) throws IOException {
		return FrameworkWorkbook.read(xlsx(SMALL, settings)).settings().roundComputed();
	}

	static byte[] xlsx(String[][] cells) throws IOException {
		return xlsx(cells, null);
	}

	/** A workbook with a Framework sheet and, unless {@code null}, a Settings sheet. */
	static byte[] xlsx(String[][] cells, String[][] settings) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("Framework"), cells);
			if (settings != null) {
				fill(workbook.createSheet("Settings"), settings);
			}
			workbook.write(out);
			return new ByteArrayInputStream(out.toByteArray()).readAllBytes();
		}
	}

	private static void fill(Sheet sheet, String[][] cells) {
		for (int r = 0; r < cells.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < cells[r].length; c++) {
				if (!cells[r][c].isEmpty()) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
		}
	}

}
