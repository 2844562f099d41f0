package vn.parindex.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework module's service: importing, reading, editing, versioning and comparing
 * index frameworks. Every change is recorded in the framework's history.
 */
@Service
@Transactional
public class FrameworkCatalog {

	private final FrameworkRepository frameworks;

	private final FrameworkHistory history;

	private final FrameworkViews views;

	private final Clock clock;

	FrameworkCatalog(FrameworkRepository frameworks, FrameworkHistory history, FrameworkViews views, Clock clock) {
		this.frameworks = frameworks;
		this.history = history;
		this.views = views;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FrameworkInfo> list() {
		return frameworks.findAll()
			.stream()
			.map(FrameworkCatalog::info)
			.sorted(Comparator.comparing(FrameworkInfo::year).reversed().thenComparing(FrameworkInfo::id))
			.toList();
	}

	@Transactional(readOnly = true)
	public FrameworkView get(long id) {
		return views.get(id, () -> frameworks.findById(id),
				(framework) -> new FrameworkView(info(framework), framework.tree()));
	}

	/**
	 * Creates a draft from a framework workbook. Settings given here win over the
	 * workbook's own, except empty ones, zero caps and an unset {@code roundComputed},
	 * which leave the workbook's.
	 * @throws vn.parindex.workbook.WorkbookException listing every error; nothing is
	 * saved
	 */
	public long importWorkbook(byte[] content, FrameworkSettings given, String actor) {
		FrameworkWorkbook.Imported imported = FrameworkWorkbook.read(content);
		FrameworkSettings settings = merge(given, imported.settings());
		if (settings == null) {
			throw new FrameworkException("framework.error.nameRequired");
		}
		FrameworkValidator.checkSettings(settings);
		Framework saved = frameworks.save(Framework.draft(settings, imported.nodes(), clock.instant()));
		history.record(saved.id(), actor, "IMPORTED", imported.nodes().size() + " nodes");
		return saved.id();
	}

	/** Creates a draft from nodes built in code (demo data, tests). */
	public long create(FrameworkSettings settings, List<FrameworkNode> nodes, String actor) {
		FrameworkValidator.checkSettings(settings);
		Framework saved = frameworks.save(Framework.draft(settings, nodes, clock.instant()));
		history.record(saved.id(), actor, "CREATED", nodes.size() + " nodes");
		return saved.id();
	}

	@Transactional(readOnly = true)
	public void export(long id, OutputStream out) throws IOException {
		Framework framework = find(id);
		FrameworkWorkbook.write(framework.settings(), framework.tree(), out);
	}

	public void updateSettings(long id, FrameworkSettings settings, String actor) {
		change(id, actor, "SETTINGS_CHANGED", settings.toString(), (framework) -> framework.rename(settings, now()));
	}

	/**
	 * Adds a node ({@code code} {@code null}) or changes one.
	 */
	public void putNode(long id, String code, FrameworkNode node, String actor) {
		String action = (code == null) ? "NODE_ADDED" : "NODE_CHANGED";
		change(id, actor, action, node.code(), (framework) -> framework.putNode(code, node, now()));
	}

	public void removeNode(long id, String code, String actor) {
		change(id, actor, "NODE_REMOVED", code, (framework) -> framework.removeNode(code, now()));
	}

	public void moveNode(long id, String code, int direction, String actor) {
		change(id, actor, "NODE_MOVED", code + ((direction < 0) ? " ↑" : " ↓"),
				(framework) -> framework.moveNode(code, direction, now()));
	}

	public void activate(long id, String actor) {
		change(id, actor, "ACTIVATED", null, (framework) -> framework.activate(now()));
	}

	public void freeze(long id, String actor) {
		change(id, actor, "FROZEN", null, (framework) -> framework.freeze(now()));
	}

	/** A new draft for another year, starting from this framework's tree. */
	public long copyToYear(long id, int year, String name, String actor) {
		Framework copy = frameworks.save(find(id).copyTo(year, name, now()));
		history.record(copy.id(), actor, "COPIED", "from #" + id);
		return copy.id();
	}

	/**
	 * The points a leaf earns for an input, under the framework's rounding setting: the
	 * editor's preview. See {@link FrameworkView#points(String, RuleInput)}.
	 */
	@Transactional(readOnly = true)
	public BigDecimal preview(long id, String code, RuleInput input) {
		return get(id).points(code, input);
	}

	/**
	 * What changed between two versions, nodes matched by code except where
	 * {@code mapping} pairs an old code with its new one.
	 */
	@Transactional(readOnly = true)
	public FrameworkComparison compare(long fromId, long toId, Map<String, String> mapping) {
		return FrameworkComparison.of(find(fromId).tree(), find(toId).tree(), mapping);
	}

	@Transactional(readOnly = true)
	public List<FrameworkEvent> history(long id) {
		find(id);
		return history.of(id);
	}

	private void change(long id, String actor, String action, String detail,
			java.util.function.Consumer<Framework> change) {
		Framework framework = find(id);
		change.accept(framework);
		frameworks.save(framework);
		history.record(id, actor, action, detail);
	}

	private Framework find(long id) {
		return frameworks.findById(id)
			.orElseThrow(() -> new FrameworkException(HttpStatus.NOT_FOUND, "framework.error.notFound", id));
	}

	private java.time.Instant now() {
		return clock.instant();
	}

	private static FrameworkSettings merge(FrameworkSettings given, FrameworkSettings fromWorkbook) {
		if (fromWorkbook == null) {
			return given;
		}
		if (given == null) {
			return fromWorkbook;
		}
		return new FrameworkSettings(firstNonBlank(given.name(), fromWorkbook.name()),
				(given.year() != 0) ? given.year() : fromWorkbook.year(),
				firstNonBlank(given.targetGroup(), fromWorkbook.targetGroup()),
				(given.bonusCap().signum() != 0) ? given.bonusCap() : fromWorkbook.bonusCap(),
				(given.penaltyCap().signum() != 0) ? given.penaltyCap() : fromWorkbook.penaltyCap(),
				given.roundComputed() || fromWorkbook.roundComputed());
	}

	private static String firstNonBlank(String first, String second) {
		return (first != null && !first.isBlank()) ? first : second;
	}

	private static FrameworkInfo info(Framework framework) {
		return new FrameworkInfo(framework.id(), framework.settings(), framework.status(), framework.copiedFromId(),
				framework.updatedAt(), framework.tree().summary());
	}

}
