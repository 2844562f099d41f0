package vn.parindex.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parindex.problem.Texts;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;

/**
 * The rows of a respondents workbook (danh sách người được khảo sát), checked against
 * each other, the survey's units and groups and the respondents already invited: every
 * error is recorded on the reader with its row and column, none stops the check.
 */
final class RespondentSheet {

	static final String SHEET = "Respondents";

	static final String NAME = "name";

	static final String POSITION = "position";

	static final String EMAIL = "email";

	static final String PHONE = "phone";

	static final String GROUP = "group";

	static final String UNIT = "unit";

	static final List<Column> COLUMNS = List.of(Column.required(NAME, "Họ và tên"),
			Column.optional(POSITION, "Chức vụ"), Column.optional(EMAIL, "Thư điện tử"),
			Column.optional(PHONE, "Điện thoại"), Column.required(GROUP, "Nhóm"), Column.required(UNIT, "Mã đơn vị"));

	static final int MAX_NAME = 200;

	static final int MAX_POSITION = 200;

	static final int MAX_EMAIL = 320;

	static final int MAX_PHONE = 32;

	private static final Pattern EMAIL_FORM = Pattern.compile(
			"[^\\s@<>(),;:\"\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	private static final Pattern PHONE_FORM = Pattern.compile("\\+?[0-9]{8,15}");

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()/]");

	/**
	 * One valid row: the unit evaluated, the group's code as the instrument spells it.
	 */
	record Entry(int row, long unitId, String group, String name, String position, String email, String phone) {

		String contact() {
			return contactKey(email, phone);
		}

	}

	/**
	 * The key two respondents of a survey may not share: the e-mail address in lower
	 * case, or the phone number of one reached by phone only.
	 */
	static String contactKey(String email, String phone) {
		return (email != null) ? email.toLowerCase(Locale.ROOT) : "tel:" + phone;
	}

	private final WorkbookReader reader;

	private final Map<String, Long> units;

	private final Set<String> evaluated;

	private final Map<String, String> groups = new HashMap<>();

	private RespondentSheet(WorkbookReader reader, Map<String, Long> units, Set<String> evaluated,
			List<RespondentGroup> groups) {
		this.reader = reader;
		this.units = units;
		this.evaluated = evaluated;
		groups.forEach((group) -> this.groups.put(group.code().toUpperCase(Locale.ROOT), group.code()));
	}

	/**
	 * @param units every known unit's id by its code
	 * @param evaluated the codes of the units the survey evaluates
	 * @param existing the contact keys of the survey's respondents
	 * @return the rows without any error (all of them when the reader has no error)
	 */
	static List<Entry> check(WorkbookReader reader, Map<String, Long> units, Set<String> evaluated,
			List<RespondentGroup> groups, Set<String> existing) {
		RespondentSheet sheet = new RespondentSheet(reader, units, evaluated, groups);
		Map<String, Integer> firstRow = new HashMap<>();
		List<Entry> entries = new java.util.ArrayList<>();
		for (WorkbookRow row : reader.rows()) {
			int errorsBefore = reader.errors().size();
			String name = text(row, NAME, MAX_NAME, true);
			String position = text(row, POSITION, MAX_POSITION, false);
			String email = sheet.email(row);
			String phone = sheet.phone(row);
			String group = sheet.group(row);
			Long unit = sheet.unit(row);
			if (reader.errors().size() > errorsBefore) {
				continue;
			}
			if (email == null && phone == null) {
				row.error(EMAIL, "survey.respondents.error.noContact");
				continue;
			}
			Entry entry = new Entry(row.number(), unit, group, name, position, email, phone);
			String column = (email != null) ? EMAIL : PHONE;
			Integer first = firstRow.putIfAbsent(entry.contact(), row.number());
			if (first != null) {
				row.error(column, "survey.respondents.error.duplicateInFile", contact(entry), first);
			}
			else if (existing.contains(entry.contact())) {
				row.error(column, "survey.respondents.error.alreadyInvited", contact(entry));
			}
			else {
				entries.add(entry);
			}
		}
		return entries;
	}

	private static String contact(Entry entry) {
		return (entry.email() != null) ? entry.email() : entry.phone();
	}

	/**
	 * The cell's text, or {@code null} with an error when it has a NUL or is too long.
	 */
	private static String text(WorkbookRow row, String column, int max, boolean required) {
		String text = row.text(column);
		if (text == null) {
			if (required) {
				row.error(column, "workbook.error.required");
			}
			return null;
		}
		if (Texts.hasNul(text)) {
			row.error(column, "text.error.nul");
			return null;
		}
		if (text.length() > max) {
			row.error(column, "text.error.tooLong", max, text.length());
			return null;
		}
		return text;
	}

	private String email(WorkbookRow row) {
		String email = text(row, EMAIL, MAX_EMAIL, false);
		if (email != null && !EMAIL_FORM.matcher(email).matches()) {
			row.error(EMAIL, "survey.respondents.error.email", email);
			return null;
		}
		return email;
	}

	/** The number without its spaces, dots, dashes and brackets. */
	private String phone(WorkbookRow row) {
		String phone = text(row, PHONE, MAX_PHONE, false);
		if (phone == null) {
			return null;
		}
		String digits = PHONE_SEPARATORS.matcher(phone).replaceAll("");
		if (!PHONE_FORM.matcher(digits).matches()) {
			row.error(PHONE, "survey.respondents.error.phone", phone);
			return null;
		}
		return digits;
	}

	private String group(WorkbookRow row) {
		String group = text(row, GROUP, 100, true);
		if (group == null) {
			return null;
		}
		String code = groups.get(group.toUpperCase(Locale.ROOT));
		if (code == null) {
			row.error(GROUP, "survey.respondents.error.unknownGroup", group,
					String.join(", ", groups.values().stream().sorted().toList()));
		}
		return code;
	}

	private Long unit(WorkbookRow row) {
		String code = text(row, UNIT, 100, true);
		if (code == null) {
			return null;
		}
		String known = units.containsKey(code) ? code : code.toUpperCase(Locale.ROOT);
		Long id = units.get(known);
		if (id == null) {
			row.error(UNIT, "survey.respondents.error.unknownUnit", code);
			return null;
		}
		if (!evaluated.contains(known)) {
			row.error(UNIT, "survey.respondents.error.notEvaluated", code);
			return null;
		}
		return id;
	}

}
