package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusedForm;

/**
 * The forms of the instruments' pages. Every edit form carries the version it was read
 * at, so that a save on top of someone else's is refused, not lost. The checks are the
 * instrument's own ({@link InstrumentRules}); a refusal's errors land beside the fields
 * they concern.
 */
final class InstrumentForms {

	private static final Pattern PATH = Pattern.compile("(groups|questions)\\[(\\d+)]\\.(\\w+)");

	private InstrumentForms() {
	}

	/** Where an error's path points: its list, the index in it and the field. */
	private static Matcher path(Refusal.FieldError error) {
		Object field = error.location().get("field");
		Matcher matcher = PATH.matcher((field != null) ? field.toString() : "");
		return matcher.matches() ? matcher : null;
	}

	/** A workbook uploaded with the new instrument's name and year. */
	static class ImportForm {

		private String name;

		private Integer year;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

	}

	/** A year (and optionally a name) for a template or a copy. */
	static class YearForm {

		private Integer year;

		private String name;

		private String template;

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getTemplate() {
			return template;
		}

		public void setTemplate(String template) {
			this.template = template;
		}

	}

	/** The instrument's name, year, layout and satisfaction. */
	static class SettingsForm implements RefusedForm {

		private int version;

		private String name;

		private Integer year;

		private Layout layout;

		private Satisfaction satisfaction;

		static SettingsForm of(Instrument instrument, int version) {
			SettingsForm form = new SettingsForm();
			form.version = version;
			form.name = instrument.name();
			form.year = instrument.year();
			form.layout = instrument.layout();
			form.satisfaction = instrument.satisfaction();
			return form;
		}

		@Override
		public String fieldOf(Refusal.FieldError error) {
			Object field = error.location().get("field");
			return ("name".equals(field) || "year".equals(field)) ? field.toString() : null;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public Layout getLayout() {
			return layout;
		}

		public void setLayout(Layout layout) {
			this.layout = layout;
		}

		public Satisfaction getSatisfaction() {
			return satisfaction;
		}

		public void setSatisfaction(Satisfaction satisfaction) {
			this.satisfaction = satisfaction;
		}

	}

	/**
	 * The groups as a table: each row changed in place, removed when ticked, and empty
	 * rows at the end to add new ones.
	 */
	static class GroupsForm implements RefusedForm {

		/** Empty rows offered for new groups. */
		static final int NEW_ROWS = 2;

		private int version;

		private List<GroupRow> rows = new ArrayList<>();

		/** For each group kept, the row it came from. */
		private final List<Integer> kept = new ArrayList<>();

		static GroupsForm of(Instrument instrument, int version) {
			GroupsForm form = new GroupsForm();
			form.version = version;
			for (RespondentGroup group : instrument.groups()) {
				form.rows.add(new GroupRow(group.code(), group.name(), group.weight().toPlainString()));
			}
			for (int i = 0; i < NEW_ROWS; i++) {
				form.rows.add(new GroupRow(null, null, null));
			}
			return form;
		}

		/** The groups to keep: rows not ticked for removal and not left empty. */
		List<InstrumentRules.GroupEntry> entries() {
			kept.clear();
			List<InstrumentRules.GroupEntry> entries = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				GroupRow row = rows.get(i);
				if (row == null || row.isRemove() || row.isEmpty()) {
					continue;
				}
				kept.add(i);
				entries.add(new InstrumentRules.GroupEntry(row.getCode(), row.getName(), row.getWeight()));
			}
			return entries;
		}

		@Override
		public String fieldOf(Refusal.FieldError error) {
			Matcher path = path(error);
			if (path == null || !path.group(1).equals("groups")) {
				return null;
			}
			int index = Integer.parseInt(path.group(2));
			return (index < kept.size()) ? "rows[" + kept.get(index) + "]." + path.group(3) : null;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

		public List<GroupRow> getRows() {
			return rows;
		}

		public void setRows(List<GroupRow> rows) {
			this.rows = rows;
		}

	}

	/** One group's row. */
	public static class GroupRow {

		private String code;

		private String name;

		private String weight;

		private boolean remove;

		public GroupRow() {
		}

		GroupRow(String code, String name, String weight) {
			this.code = code;
			this.name = name;
			this.weight = weight;
		}

		/** Whether nothing is typed in the row. */
		public boolean isEmpty() {
			return blank(code) && blank(name) && blank(weight);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	/**
	 * One question, every column of the workbook; groups ticked (none: all), an unticked
	 * box sends no {@code cannotJudge}.
	 */
	static class QuestionForm implements RefusedForm {

		private int version;

		private String code;

		private List<String> groups = new ArrayList<>();

		private String text;

		private String type;

		private String options;

		private boolean cannotJudge;

		private String leaf;

		private String element;

		private String satisfied;

		private String context;

		/** The question's place among the instrument's, once known. */
		private int index = -1;

		static QuestionForm empty(int version) {
			QuestionForm form = new QuestionForm();
			form.version = version;
			form.type = AnswerType.CHOICE.name();
			return form;
		}

		static QuestionForm of(Question question, int version) {
			QuestionForm form = new QuestionForm();
			form.version = version;
			form.code = question.code();
			form.groups = new ArrayList<>(question.groups().stream().sorted().toList());
			form.text = question.text();
			form.type = question.type().name();
			form.options = question.options();
			form.cannotJudge = question.cannotJudge();
			form.leaf = question.leafCode();
			form.element = question.element();
			form.satisfied = InstrumentRules.joined(question.satisfied());
			form.context = question.context();
			return form;
		}

		InstrumentRules.QuestionEntry entry() {
			return new InstrumentRules.QuestionEntry(code, String.join(",", (groups != null) ? groups : List.of()),
					text, type, options, cannotJudge, leaf, element, satisfied, context);
		}

		void at(int position) {
			this.index = position;
		}

		@Override
		public String fieldOf(Refusal.FieldError error) {
			Matcher path = path(error);
			if (path == null || !path.group(1).equals("questions") || Integer.parseInt(path.group(2)) != index) {
				return null;
			}
			return path.group(3);
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public List<String> getGroups() {
			return groups;
		}

		public void setGroups(List<String> groups) {
			this.groups = groups;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getOptions() {
			return options;
		}

		public void setOptions(String options) {
			this.options = options;
		}

		public boolean isCannotJudge() {
			return cannotJudge;
		}

		public void setCannotJudge(boolean cannotJudge) {
			this.cannotJudge = cannotJudge;
		}

		public String getLeaf() {
			return leaf;
		}

		public void setLeaf(String leaf) {
			this.leaf = leaf;
		}

		public String getElement() {
			return element;
		}

		public void setElement(String element) {
			this.element = element;
		}

		public String getSatisfied() {
			return satisfied;
		}

		public void setSatisfied(String satisfied) {
			this.satisfied = satisfied;
		}

		public String getContext() {
			return context;
		}

		public void setContext(String context) {
			this.context = context;
		}

	}

}
