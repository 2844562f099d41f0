package vn.parindex.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookError;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;
import vn.parindex.workbook.WorkbookWriter;

/**
 * The instrument workbook of FORMATS.md: sheet {@code Groups} (a row per respondent
 * group) and sheet {@code Questions} (a row per question), headers in English or
 * Vietnamese. A read checks everything and refuses with every error by sheet, row and
 * column; an export re-imports to the same groups and questions.
 */
final class InstrumentWorkbook {

	static final String GROUPS_SHEET = "Groups";

	static final String QUESTIONS_SHEET = "Questions";

	/**
	 * An optional sheet with how the instrument is shown and its satisfaction computed,
	 * so that an export imports back to the same instrument.
	 */
	static final String SETTINGS_SHEET = "Settings";

	/** The sheets' Vietnamese names, also accepted. */
	static final String GROUPS_SHEET_VI = "Nhóm";

	static final String QUESTIONS_SHEET_VI = "Câu hỏi";

	static final List<Column> GROUP_COLUMNS = List.of(Column.required("code", "Mã nhóm"),
			Column.required("name", "Tên nhóm"), Column.optional("weight", "Trọng số"));

	static final List<Column> QUESTION_COLUMNS = List.of(Column.required("code", "Mã câu hỏi"),
			Column.optional("groups", "Nhóm"), Column.required("text", "Câu hỏi"), Column.required("type", "Loại"),
			Column.optional("options", "Phương án"), Column.optional("cannot_judge", "Không đủ thông tin để đánh giá"),
			Column.optional("leaf", "Mã tiêu chí"), Column.optional("element", "Yếu tố"),
			Column.optional("satisfied", "Hài lòng"), Column.optional("context", "Thông tin tham khảo"));

	static final List<Column> SETTINGS_COLUMNS = List.of(Column.optional("layout", "Cách hiển thị"),
			Column.optional("satisfaction", "Cách tính mức độ hài lòng"));

	private InstrumentWorkbook() {
	}

	/**
	 * Reads and checks a workbook with the instrument's own fields.
	 * @throws Refusal 400 with every error (sheet, row, column; {@code field} for the
	 * name and year), nothing read
	 */
	static Instrument read(byte[] content, InstrumentRules.Head head) {
		Optional<WorkbookReader> groups = sheet(content, GROUPS_SHEET, GROUPS_SHEET_VI, GROUP_COLUMNS);
		Optional<WorkbookReader> questions = sheet(content, QUESTIONS_SHEET, QUESTIONS_SHEET_VI, QUESTION_COLUMNS);
		Optional<WorkbookReader> settings = WorkbookReader.readIfPresent(content, SETTINGS_SHEET, SETTINGS_COLUMNS);
		InstrumentRules.Head read = settings.flatMap((sheet) -> sheet.rows().stream().findFirst())
			.map((row) -> new InstrumentRules.Head(head.name(), head.year(), head.template(),
					choice(row, "layout", Layout.class, head.layout()),
					choice(row, "satisfaction", Satisfaction.class, head.satisfaction())))
			.orElse(head);
		List<WorkbookRow> groupRows = groups.map(WorkbookReader::rows).orElse(List.of());
		List<WorkbookRow> questionRows = questions.map(WorkbookReader::rows).orElse(List.of());
		List<InstrumentRules.GroupEntry> groupEntries = groupRows.stream()
			.map((row) -> new InstrumentRules.GroupEntry(row.text("code"), row.text("name"), row.text("weight")))
			.toList();
		List<InstrumentRules.QuestionEntry> questionEntries = questionRows.stream()
			.map((row) -> new InstrumentRules.QuestionEntry(row.text("code"), row.text("groups"), row.text("text"),
					row.text("type"), row.text("options"), row.yesNo("cannot_judge", false), row.text("leaf"),
					row.text("element"), row.text("satisfied"), row.text("context")))
			.toList();
		InstrumentRules.Checked checked = InstrumentRules.check(0, read, groupEntries, questionEntries);
		List<Refusal.FieldError> fields = new ArrayList<>();
		List<WorkbookError> groupErrors = new ArrayList<>();
		List<WorkbookError> questionErrors = new ArrayList<>();
		List<WorkbookError> missing = new ArrayList<>();
		if (groups.isEmpty()) {
			missing.add(WorkbookError.of(GROUPS_SHEET, null, null, "survey.instruments.error.missingSheet",
					GROUPS_SHEET, GROUPS_SHEET_VI));
		}
		if (questions.isEmpty()) {
			missing.add(WorkbookError.of(QUESTIONS_SHEET, null, null, "survey.instruments.error.missingSheet",
					QUESTIONS_SHEET, QUESTIONS_SHEET_VI));
		}
		groups.ifPresent((reader) -> groupErrors.addAll(reader.errors()));
		questions.ifPresent((reader) -> questionErrors.addAll(reader.errors()));
		for (InstrumentRules.Problem problem : checked.problems()) {
			switch (problem.part()) {
				case GROUP ->
					groupErrors.add(WorkbookError.of(groups.get().sheetName(), groupRows.get(problem.index()).number(),
							problem.field(), problem.messageKey(), problem.args()));
				case QUESTION -> questionErrors
					.add(WorkbookError.of(questions.get().sheetName(), questionRows.get(problem.index()).number(),
							problem.field(), problem.messageKey(), problem.args()));
				case INSTRUMENT -> sheetLevel(problem, groups, questions, groupErrors, questionErrors, fields);
			}
		}
		List<WorkbookError> errors = new ArrayList<>(missing);
		settings.ifPresent((sheet) -> errors.addAll(sheet.errors()
			.stream()
			.filter((error) -> !error.messageKey().equals("workbook.error.emptySheet"))
			.toList()));
		errors.addAll(sorted(groupErrors, GROUP_COLUMNS));
		errors.addAll(sorted(questionErrors, QUESTION_COLUMNS));
		if (!errors.isEmpty() || !fields.isEmpty()) {
			fields.addAll(errors.stream().map(WorkbookError::fieldError).toList());
			throw new Refusal(org.springframework.http.HttpStatus.BAD_REQUEST, fields, "workbook.error.invalid",
					fields.size());
		}
		return checked.instrument();
	}

	/**
	 * A problem of the whole instrument: its name or year (form fields), or a sheet
	 * without rows — unless that sheet already says why (a missing column).
	 */
	private static void sheetLevel(InstrumentRules.Problem problem, Optional<WorkbookReader> groups,
			Optional<WorkbookReader> questions, List<WorkbookError> groupErrors, List<WorkbookError> questionErrors,
			List<Refusal.FieldError> fields) {
		switch (problem.field()) {
			case "groups" -> groups.filter((reader) -> reader.errors().isEmpty())
				.ifPresent((reader) -> groupErrors
					.add(WorkbookError.of(reader.sheetName(), null, null, problem.messageKey(), problem.args())));
			case "questions" -> questions.filter((reader) -> reader.errors().isEmpty())
				.ifPresent((reader) -> questionErrors
					.add(WorkbookError.of(reader.sheetName(), null, null, problem.messageKey(), problem.args())));
			default -> fields
				.add(Refusal.FieldError.at(Map.of("field", problem.field()), problem.messageKey(), problem.args()));
		}
	}

	/** A sheet's errors by row, then by column as the sheet orders them. */
	private static List<WorkbookError> sorted(List<WorkbookError> errors, List<Column> columns) {
		List<String> keys = columns.stream().map(Column::key).toList();
		return errors.stream()
			.sorted(Comparator.comparing((WorkbookError error) -> (error.row() != null) ? error.row() : 0)
				.thenComparing((error) -> (error.column() != null) ? keys.indexOf(error.column()) : -1))
			.toList();
	}

	private static <E extends Enum<E>> E choice(WorkbookRow row, String key, Class<E> type, E whenEmpty) {
		String value = row.text(key);
		if (value == null) {
			return whenEmpty;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			row.error(key, "survey.instruments.error.unknownChoice", value,
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return whenEmpty;
		}
	}

	private static Optional<WorkbookReader> sheet(byte[] content, String name, String vietnamese,
			List<Column> columns) {
		Optional<WorkbookReader> sheet = WorkbookReader.readIfPresent(content, name, columns);
		return sheet.isPresent() ? sheet : WorkbookReader.readIfPresent(content, vietnamese, columns);
	}

	static void write(Instrument instrument, OutputStream out) throws IOException {
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(GROUPS_SHEET, GROUP_COLUMNS);
			for (RespondentGroup group : instrument.groups()) {
				writer.row(group.code(), group.name(), group.weight());
			}
			writer.sheet(QUESTIONS_SHEET, QUESTION_COLUMNS);
			for (Question question : instrument.questions()) {
				writer.row(question.code(), InstrumentRules.joined(question.groups()), question.text(),
						question.type().name(), question.options(), question.cannotJudge() ? "Y" : "N",
						question.leafCode(), question.element(), InstrumentRules.joined(question.satisfied()),
						question.context());
			}
			writer.sheet(SETTINGS_SHEET, SETTINGS_COLUMNS)
				.row(instrument.layout().name(), instrument.satisfaction().name());
			writer.write(out);
		}
	}

}
