package vn.parindex.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import vn.parindex.problem.Refusal;

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

	private final Frameworks frameworks;

	private final AuditTrail history;

	private final FrameworkViews views;

	private final Clock clock;

	private final FrameworkLimits limits;

	FrameworkCatalog(Frameworks frameworks, AuditTrails trails, FrameworkViews views, Clock clock,
			FrameworkLimits limits) {
		this.frameworks = frameworks;
		this.history = trails.trail("framework_event", "framework.event",
				Set.of("IMPORTED", "CREATED", "COPIED", "SETTINGS_CHANGED", "ACTIVATED", "FROZEN"));
		this.views = views;
		this.clock = clock;
		this.limits = limits;
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
	 * @throws vn.parindex.problem.Refusal listing every error; nothing is saved
	 */
	public long importWorkbook(byte[] content, FrameworkSettings given, String actor) {
		FrameworkWorkbook.Imported imported = FrameworkWorkbook.read(content, limits);
		FrameworkSettings settings = merge(given, imported.settings());
		if (settings == null) {
			throw Refusal.badRequest("framework.error.nameRequired");
		}
		FrameworkValidator.checkSettings(settings);
		Framework saved = frameworks.save(Framework.draft(settings, imported.nodes(), clock.instant()));
		history.record(AuditChange.of(saved.id(), actor, "IMPORTED").values(null, imported.nodes().size() + " nodes"));
		return saved.id();
	}

	/** Creates a draft from nodes built in code (demo data, tests). */
	public long create(FrameworkSettings settings, List<FrameworkNode> nodes, String actor) {
		FrameworkValidator.checkSettings(settings);
		limits.check(nodes);
		Framework saved = frameworks.save(Framework.draft(settings, nodes, clock.instant()));
		history.record(AuditChange.of(saved.id(), actor, "CREATED").values(null, nodes.size() + " nodes"));
		return saved.id();
	}

	@Transactional(readOnly = true)
	public void export(long id, OutputStream out) throws IOException {
		Framework framework = find(id);
		FrameworkWorkbook.write(framework.settings(), framework.tree(), out);
	}

	public void updateSettings(long id, FrameworkSettings settings, String actor) {
		change(AuditChange.of(id, actor, "SETTINGS_CHANGED").values(null, settings.toString()),
				(framework) -> framework.rename(settings, now()));
	}

	/**
	 * Adds a node ({@code code} {@code null}) or changes one.
	 */
	public void putNode(long id, String code, FrameworkNode node, String actor) {
		String action = (code == null) ? "NODE_ADDED" : "NODE_CHANGED";
		change(AuditChange.of(id, actor, action).item(node.code()),
				(framework) -> framework.putNode(code, node, now()));
	}

	public void removeNode(long id, String code, String actor) {
		change(AuditChange.of(id, actor, "NODE_REMOVED").item(code), (framework) -> framework.removeNode(code, now()));
	}

	public void moveNode(long id, String code, int direction, String actor) {
		change(AuditChange.of(id, actor, "NODE_MOVED").item(code).values(null, (direction < 0) ? "↑" : "↓"),
				(framework) -> framework.moveNode(code, direction, now()));
	}

	public void activate(long id, String actor) {
		change(AuditChange.of(id, actor, "ACTIVATED"), (framework) -> framework.activate(now()));
	}

	public void freeze(long id, String actor) {
		change(AuditChange.of(id, actor, "FROZEN"), (framework) -> framework.freeze(now()));
	}

	/** A new draft for another year, starting from this framework's tree. */
	public long copyToYear(long id, int year, String name, String actor) {
		Framework copy = frameworks.save(find(id).copyTo(year, name, now()));
		history.record(AuditChange.of(copy.id(), actor, "COPIED").values(null, "from #" + id));
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
	public List<AuditRecord> history(long id) {
		find(id);
		return history.of(id);
	}

	private void change(AuditChange line, Consumer<Framework> change) {
		Framework framework = find(line.subjectId());
		change.accept(framework);
		limits.check(framework.tree().nodes());
		frameworks.save(framework);
		history.record(line);
	}

	private Framework find(long id) {
		return frameworks.findById(id)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "framework.error.notFound", id));
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
