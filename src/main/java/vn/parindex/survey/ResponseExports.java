package vn.parindex.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A survey's anonymous responses exported one row per response — unit, group, channel,
 * date, flags, then one column per question — as CSV or as a workbook, streamed from the
 * database with a cursor (a national survey's 50,000 responses never sit in memory: the
 * CSV is written as it is read, the workbook keeps a window of rows). No response id, no
 * serial number, nothing else. A choice is its option code, several choices their codes
 * joined by ", ", a scale its point; "cannot judge" is written as the reader's words for
 * it. A text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
@Component
class ResponseExports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int FETCH = 1_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final UnitCatalog units;

	ResponseExports(JdbcTemplate jdbc, TransactionTemplate transactions, SurveyStore surveys,
			InstrumentStore instruments, UnitCatalog units) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH);
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.surveys = surveys;
		this.instruments = instruments;
		this.units = units;
	}

	/** The column headers: the fixed ones, then the question codes. */
	List<String> header(long surveyId) {
		List<String> header = new ArrayList<>(List.of("unit", "group", "channel", "date", "flags"));
		instruments.get(surveys.get(surveyId).instrumentId()).questions().forEach((q) -> header.add(q.code()));
		return header;
	}

	/**
	 * Writes the CSV (UTF-8 with a byte-order mark, so that spreadsheets read the
	 * diacritics).
	 * @throws vn.parindex.problem.Refusal 404 for an unknown survey
	 */
	void csv(long surveyId, String cannotJudge, OutputStream out) throws IOException {
		List<String> header = header(surveyId);
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		writer.write('\uFEFF');
		writeCsvRow(writer, header);
		try {
			each(surveyId, header.subList(5, header.size()), cannotJudge, (row) -> {
				try {
					writeCsvRow(writer, row);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
	}

	/**
	 * Writes the workbook, sheet {@code Responses}, headers as the CSV's.
	 * @throws vn.parindex.problem.Refusal 404 for an unknown survey
	 */
	void xlsx(long surveyId, String cannotJudge, OutputStream out) throws IOException {
		List<String> header = header(surveyId);
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet("Responses", header.stream().map((key) -> Column.optional(key, key)).toList());
			each(surveyId, header.subList(5, header.size()), cannotJudge, (row) -> writer.row(row.toArray()));
			writer.write(out);
		}
	}

	private void each(long surveyId, List<String> questions, String cannotJudge,
			java.util.function.Consumer<List<String>> sink) {
		Map<Long, String> codes = new HashMap<>();
		for (UnitView unit : units.byIds(surveys.units(surveyId))) {
			if (unit != null) {
				codes.put(unit.id(), unit.code());
			}
		}
		readOnly.executeWithoutResult((status) -> jdbc.query("""
				select unit_id, group_code, channel, submitted_on, flags, answers::text from survey_response
				where survey_id = ? order by unit_id, group_code, submitted_on, id""", (ResultSet rs) -> {
			sink.accept(row(rs, codes, questions, cannotJudge));
		}, surveyId));
	}

	private List<String> row(ResultSet rs, Map<Long, String> codes, List<String> questions, String cannotJudge)
			throws SQLException {
		long unitId = rs.getLong(1);
		String unit = codes.computeIfAbsent(unitId,
				(id) -> units.byId(id).map(UnitView::code).orElse(Long.toString(id)));
		List<String> row = new ArrayList<>(5 + questions.size());
		row.add(unit);
		row.add(rs.getString(2));
		row.add(rs.getString(3));
		row.add(rs.getString(4));
		row.add(rs.getString(5));
		JsonNode answers = JSON.readTree(rs.getString(6));
		for (String question : questions) {
			row.add(cell(answers.get(question), cannotJudge));
		}
		return row;
	}

	static String cell(JsonNode answer, String cannotJudge) {
		if (answer == null || answer.isMissingNode()) {
			return "";
		}
		if (answer.isNull()) {
			return cannotJudge;
		}
		if (answer.isArray()) {
			List<String> chosen = new ArrayList<>();
			answer.forEach((option) -> chosen.add(option.isString() ? option.stringValue() : option.toString()));
			return String.join(", ", chosen);
		}
		if (answer.isString()) {
			return safe(answer.stringValue());
		}
		return answer.toString();
	}

	/** A text a spreadsheet would run as a formula, defused. */
	static String safe(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	private static void writeCsvRow(BufferedWriter writer, List<String> row) throws IOException {
		for (int i = 0; i < row.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			String value = (row.get(i) != null) ? row.get(i) : "";
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0) {
				writer.write('"');
				writer.write(value.replace("\"", "\"\""));
				writer.write('"');
			}
			else {
				writer.write(value);
			}
		}
		writer.write("\r\n");
	}

}
