package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Instrument workbooks written in tests: a good one with headers in Vietnamese or
 * English, and any sheets typed cell by cell.
 */
final class InstrumentWorkbooks {

	static final Object[] GROUP_HEADERS_VI = { "Mã nhóm", "Tên nhóm", "Trọng số" };

	static final Object[] QUESTION_HEADERS_VI = { "Mã câu hỏi", "Nhóm", "Câu hỏi", "Loại", "Phương án",
			"Không đủ thông tin để đánh giá", "Mã tiêu chí", "Yếu tố", "Hài lòng", "Thông tin tham khảo" };

	static final Object[] QUESTION_HEADERS_EN = { "code", "groups", "text", "type", "options", "cannot_judge", "leaf",
			"element", "satisfied", "context" };

	private InstrumentWorkbooks() {
	}

	/** Two groups and a question of every type, headers in Vietnamese. */
	static byte[] good() {
		return xlsx(groups(
				new Object[][] { GROUP_HEADERS_VI, { "LD", "Lãnh đạo sở, ngành", 2 }, { "dn", "Doanh nghiệp", null } }),
				questions(new Object[][] { QUESTION_HEADERS_VI,
						{ "Q1", null, "Chất lượng chỉ đạo cải cách hành chính", "SCALE", "scale=5", "Y", "1.2", null,
								"4,5", "Năm 2025 tỉnh ban hành 12 văn bản chỉ đạo." },
						{ "Q2", "LD", "Công khai thủ tục hành chính", "choice",
								"A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%", "có", "1.2", null, "A, B",
								null },
						{ "Q3", "LD, DN", "Kênh tiếp nhận thông tin", "MULTI",
								"A. Cổng thông tin; B. Báo chí; C. Bộ phận một cửa", "N", null, null, null, null },
						{ "Q4", null, "Góp ý", "TEXT", null, null, null, null, null, null },
						{ "Q5", "DN", "Mức độ hài lòng khi tiếp cận dịch vụ", "CHOICE",
								"A. Rất hài lòng=100%; B. Hài lòng=75%; C. Bình thường=50%; D. Không hài lòng=0%", "N",
								"2.1", "Tiếp cận dịch vụ", "A,B", null } }));
	}

	static Map.Entry<String, Object[][]> groups(Object[][] rows) {
		return Map.entry("Groups", rows);
	}

	static Map.Entry<String, Object[][]> questions(Object[][] rows) {
		return Map.entry("Questions", rows);
	}

	@SafeVarargs
	static byte[] xlsx(Map.Entry<String, Object[][]>... sheets) {
		Map<String, Object[][]> all = new LinkedHashMap<>();
		for (Map.Entry<String, Object[][]> sheet : sheets) {
			all.put(sheet.getKey(), sheet.getValue());
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			all.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.length; r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows[r].length; c++) {
						Object value = rows[r][c];
						if (value instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else if (value != null) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "bo-cau-hoi.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
	}

}
