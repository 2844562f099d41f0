package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.engine.Source;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookError;
import vn.parindex.workbook.WorkbookReader;
import vn.parindex.workbook.WorkbookRow;
import vn.parindex.workbook.WorkbookWriter;

/**
 * The framework workbook of FORMATS.md: sheet {@code Framework}, one row per node, and an
 * optional {@code Settings} sheet with the framework's own fields so that an export
 * re-imports to the same framework.
 */
final class FrameworkWorkbook {

	static final String SHEET = "Framework";

	static final String SETTINGS_SHEET = "Settings";

	static final List<Column> COLUMNS = List.of(Column.required("code", "Mã"), Column.optional("parent", "Mã cha"),
			Column.required("name", "Tên"), Column.optional("max_points", "Điểm tối đa"),
			Column.optional("source", "Nguồn"), Column.optional("rule", "Cách tính"),
			Column.optional("rule_params", "Tham số"), Column.optional("part", "Phần"),
			Column.optional("applies_to", "Áp dụng cho"),
			Column.optional("evidence_required", "Yêu cầu tài liệu kiểm chứng"),
			Column.optional("guidance", "Hướng dẫn chấm điểm"));

	static final List<Column> SETTINGS_COLUMNS = List.of(Column.required("name", "Tên"), Column.optional("year", "Năm"),
			Column.optional("target_group", "Đối tượng"), Column.optional("bonus_cap", "Điểm thưởng tối đa"),
			Column.optional("penalty_cap", "Điểm trừ tối đa"),
			Column.optional("round_computed", "Làm tròn điểm tính toán"));

	private FrameworkWorkbook() {
	}

	/**
	 * Reads and checks a workbook; any error ends the import with every error found.
	 * @return the nodes and, when the workbook has a settings sheet, its settings
	 */
	static Imported read(byte[] content) {
		return read(content, FrameworkLimits.DEFAULTS);
	}

	/**
	 * Reads and checks a workbook, and that its tree is within the limits.
	 */
	static Imported read(byte[] content, FrameworkLimits limits) {
		WorkbookReader reader = WorkbookReader.read(new ByteArrayInputStream(content), SHEET, COLUMNS);
		Set<String> parents = reader.rows()
			.stream()
			.map((row) -> row.text("parent"))
			.filter((code) -> code != null)
			.collect(Collectors.toSet());
		List<FrameworkNode> nodes = new ArrayList<>();
		Map<String, BigDecimal> typedParentMaxima = new HashMap<>();
		for (WorkbookRow row : reader.rows()) {
			boolean parent = parents.contains(row.text("code"));
			BigDecimal max = row.decimal("max_points");
			FrameworkNode node = node(row, parent ? null : max);
			nodes.add(parent ? node.asParent() : node);
			if (parent && max != null) {
				typedParentMaxima.put(row.text("code"), max);
			}
		}
		List<vn.parindex.workbook.WorkbookError> cellErrors = reader.errors();
		List<FrameworkProblem> problems = new ArrayList<>(limits.problems(nodes));
		if (nodes.size() <= limits.maxNodes()) {
			problems.addAll(FrameworkValidator.problems(nodes, typedParentMaxima));
		}
		for (FrameworkProblem problem : problems) {
			Integer row = (problem.index() != null) ? reader.rows().get(problem.index()).number() : null;
			// a cell that did not parse already has its error; the tree check would only
			// echo it
			boolean echo = cellErrors.stream()
				.anyMatch((error) -> java.util.Objects.equals(error.row(), row)
						&& java.util.Objects.equals(error.column(), problem.field()));
			if (!echo) {
				reader.error(row, problem.field(), problem.messageKey(), problem.args());
			}
		}
		Optional<WorkbookReader> settingsSheet = WorkbookReader.readIfPresent(content, SETTINGS_SHEET,
				SETTINGS_COLUMNS);
		FrameworkSettings settings = settingsSheet.flatMap(FrameworkWorkbook::settings).orElse(null);
		throwIfErrors(reader, settingsSheet);
		return new Imported(nodes, settings);
	}

	/** One answer with the errors of both sheets. */
	private static void throwIfErrors(WorkbookReader nodes, Optional<WorkbookReader> settings) {
		List<WorkbookError> errors = new ArrayList<>(nodes.errors());
		settings.ifPresent((sheet) -> errors.addAll(sheet.errors()));
		if (!errors.isEmpty()) {
			throw WorkbookError.refusal(errors);
		}
	}

	private static FrameworkNode node(WorkbookRow row, BigDecimal max) {
		Source source = choice(row, "source", Source.class, Source.SELF);
		RuleKind rule = choice(row, "rule", RuleKind.class, RuleKind.MANUAL);
		boolean evidenceByDefault = source == Source.SELF;
		Boolean evidence = row.yesNo("evidence_required", evidenceByDefault);
		return new FrameworkNode(row.text("code"), row.text("parent"), row.text("name"), row.text("guidance"), max,
				source, rule, row.text("rule_params"), row.text("part"), row.text("applies_to"),
				(evidence != null) ? evidence : evidenceByDefault);
	}

	private static <E extends Enum<E>> E choice(WorkbookRow row, String key, Class<E> type, E whenEmpty) {
		String value = row.text(key);
		if (value == null) {
			return whenEmpty;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			row.error(key, "framework.error.unknownChoice", value, allowed);
			return whenEmpty;
		}
	}

	private static Optional<FrameworkSettings> settings(WorkbookReader reader) {
		return reader.rows().stream().findFirst().map((row) -> {
			Integer year = row.integer("year");
			return new FrameworkSettings(row.text("name"), (year != null) ? year : 0, row.text("target_group"),
					row.decimal("bonus_cap"), row.decimal("penalty_cap"),
					Boolean.TRUE.equals(row.yesNo("round_computed", false)));
		});
	}

	static void write(FrameworkSettings settings, FrameworkTree tree, OutputStream out) throws IOException {
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(SHEET, COLUMNS);
			for (FrameworkNode node : tree.ordered()) {
				boolean leaf = tree.isLeaf(node.code());
				writer.row(node.code(), node.parentCode(), node.name(), tree.maxPoints(node.code()),
						leaf ? node.source().name() : null, leaf ? node.rule().name() : null,
						leaf ? node.ruleParams() : null, node.part(), node.appliesTo(),
						leaf ? (node.evidenceRequired() ? "Y" : "N") : null, node.guidance());
			}
			writer.sheet(SETTINGS_SHEET, SETTINGS_COLUMNS)
				.row(settings.name(), settings.year(), settings.targetGroup(), settings.bonusCap(),
						settings.penaltyCap(), yesNo(settings.roundComputed()));
			writer.write(out);
		}
	}

	/** A flag as the workbook writes it, and reads it back. */
	static String yesNo(boolean value) {
		return value ? "Y" : "N";
	}

	/**
	 * @param settings the workbook's own settings, or {@code null} when it has none
	 */
	record Imported(List<FrameworkNode> nodes, FrameworkSettings settings) {
	}

}
