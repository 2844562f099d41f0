package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.audit.AuditChange;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper questionnaires imported from a workbook, one row per form: {@code serial} (Số
 * phiếu), {@code unit} (Mã đơn vị), {@code group} (Nhóm), then one column per question
 * code with the answer as typed on the entry page. All or nothing: any error — of any
 * row, any cell, or a column that names no question — refuses the whole workbook with
 * every error by row and column.
 */
@Service
class PaperImport {

	static final String SHEET = "Forms";

	static final List<Column> FIXED = List.of(Column.required(PaperEntry.SERIAL_FIELD, "Số phiếu"),
			Column.required(PaperEntry.UNIT_FIELD, "Mã đơn vị"), Column.required(PaperEntry.GROUP_FIELD, "Nhóm"));

	private final PaperEntry entry;

	private final PaperStore store;

	private final SurveyTrail trail;

	private final ApplicationEventPublisher events;

	PaperImport(PaperEntry entry, PaperStore store, SurveyTrail trail, ApplicationEventPublisher events) {
		this.entry = entry;
		this.store = store;
		this.trail = trail;
		this.events = events;
	}

	static List<Column> columns(Instrument instrument) {
		List<Column> columns = new ArrayList<>(FIXED);
		instrument.questions().forEach((question) -> columns.add(Column.optional(question.code(), question.code())));
		return columns;
	}

	/**
	 * @return how many forms were stored
	 * @throws vn.parindex.problem.Refusal 409 before the survey opens; 400 listing every
	 * error, nothing stored
	 */
	@Transactional
	int importWorkbook(long surveyId, InputStream content, String actor) {
		PaperEntry.PaperSurvey paper = entry.survey(surveyId);
		PaperEntry.refuseBeforeOpening(paper);
		Instrument instrument = paper.instrument();
		WorkbookReader reader = WorkbookReader.read(content, SHEET, columns(instrument));
		for (String header : reader.unknownHeaders()) {
			reader.error(reader.headerRow(), header, "survey.paper.unknownColumn", header);
		}
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, WorkbookRow> rowBySerial = new LinkedHashMap<>();
		List<PaperEntry.Checked> forms = new ArrayList<>();
		for (WorkbookRow row : reader.rows()) {
			PaperEntry.Checked form = read(paper, row);
			form.problems().forEach((problem) -> row.error(problem.field(), problem.messageKey(), problem.arguments()));
			if (form.serial() != null) {
				Integer first = firstRow.putIfAbsent(form.serial(), row.number());
				if (first != null) {
					row.error(PaperEntry.SERIAL_FIELD, "survey.paper.serialDuplicate", form.serial(), first);
					continue;
				}
				rowBySerial.put(form.serial(), row);
			}
			if (form.problems().isEmpty()) {
				forms.add(form);
			}
		}
		for (String used : store.used(surveyId, rowBySerial.keySet())) {
			rowBySerial.get(used).error(PaperEntry.SERIAL_FIELD, "survey.paper.serialUsed", used);
		}
		if (reader.errors().isEmpty() && reader.rows().isEmpty()) {
			reader.error(null, null, "survey.paper.noForms");
		}
		reader.throwIfErrors();
		entry.storeAll(paper, forms, actor);
		Set<Long> unitIds = new LinkedHashSet<>();
		forms.forEach((form) -> unitIds.add(form.unit().id()));
		trail.record(AuditChange.of(surveyId, actor, SurveyTrail.PAPER_IMPORTED)
			.scope(paper.survey().campaignId())
			.values(null, forms.size() + ": " + forms.get(0).serial()
					+ ((forms.size() > 1) ? " … " + forms.get(forms.size() - 1).serial() : "")));
		events.publishEvent(new SurveyResponsesChanged(surveyId, unitIds));
		return forms.size();
	}

	private static PaperEntry.Checked read(PaperEntry.PaperSurvey paper, WorkbookRow row) {
		List<PaperAnswers.Problem> problems = new ArrayList<>();
		String serial = PaperEntry.serial(row.text(PaperEntry.SERIAL_FIELD), problems);
		var unit = PaperEntry.unit(paper, row.text(PaperEntry.UNIT_FIELD), problems);
		String group = PaperEntry.group(paper, row.text(PaperEntry.GROUP_FIELD), problems);
		Map<String, String> typed = new LinkedHashMap<>();
		for (Question question : paper.instrument().questions()) {
			String text = row.text(question.code());
			if (text != null) {
				typed.put(question.code(), text);
			}
		}
		PaperAnswers.Read read = null;
		if (group != null) {
			read = PaperAnswers.read(paper.instrument(), group, typed);
			problems.addAll(read.problems());
		}
		return new PaperEntry.Checked(serial, unit, group, (read != null) ? read.answers() : null, problems);
	}

	/** An empty workbook for the survey's instrument, with one example row. */
	static void template(PaperEntry.PaperSurvey paper, OutputStream out) throws IOException {
		Instrument instrument = paper.instrument();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(SHEET,
					columns(instrument).stream()
						.map((column) -> column.required() ? column : new Column(column.key(), column.key(), false))
						.toList());
			if (!paper.units().isEmpty() && !instrument.groups().isEmpty()) {
				String group = instrument.groups().get(0).code();
				List<Object> row = new ArrayList<>(List.of("P-0001", paper.units().get(0).code(), group));
				for (Question question : instrument.questions()) {
					row.add(question.askedOf(group) ? example(question) : null);
				}
				writer.row(row.toArray());
			}
			writer.write(out);
		}
	}

	private static String example(Question question) {
		return switch (question.type()) {
			case SCALE -> String.valueOf(question.scale());
			case CHOICE -> question.choices().get(0).code();
			case MULTI -> question.choices().get(0).code() + "," + question.choices().get(1).code();
			case TEXT -> null;
		};
	}

}
