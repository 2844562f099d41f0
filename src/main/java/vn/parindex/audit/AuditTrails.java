package vn.parindex.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's audit trail, and the administrator's search across all of them. A module
 * asks here for its trail once, naming its table, the message prefix of its actions'
 * labels and the actions the administrator's audit view shows.
 */
@Component
public class AuditTrails {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, AuditTrail> trails = new ConcurrentHashMap<>();

	AuditTrails(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The trail kept in {@code table}, named {@code <module>_…}; its actions are labelled
	 * by the message keys {@code <labels>.<ACTION>}.
	 */
	public AuditTrail trail(String table, String labels, Collection<String> shownToAdministrators) {
		return trails.computeIfAbsent(table,
				(name) -> new AuditTrail(jdbc, clock, name, labels, Set.copyOf(shownToAdministrators)));
	}

	/** The modules that keep a trail, for the administrator's filter. */
	public List<String> modules() {
		return trails.values().stream().map(AuditTrail::module).distinct().sorted().toList();
	}

	/**
	 * Every action the administrator sees, once each, with the message key of its first
	 * module's label: the choices of the action filter.
	 */
	public List<ShownAction> actions() {
		Map<String, ShownAction> actions = new java.util.TreeMap<>();
		trails.values()
			.stream()
			.sorted(java.util.Comparator.comparing(AuditTrail::module))
			.forEach((trail) -> trail.shown()
				.forEach((action) -> actions.putIfAbsent(action,
						new ShownAction(action, trail.labels() + "." + action))));
		return List.copyOf(actions.values());
	}

	/** An action the administrator's log shows, and the message key naming it. */
	public record ShownAction(String action, String label) {
	}

	/** The message keys of the actions the administrator sees of one module. */
	List<String> labelsShown(String module) {
		return trails.values()
			.stream()
			.filter((trail) -> trail.module().equals(module))
			.flatMap((trail) -> trail.shown().stream().map((action) -> trail.labels() + "." + action))
			.toList();
	}

	/** The lines the administrator sees, newest first, across every trail. */
	@Transactional(readOnly = true)
	public AuditResults search(AuditQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		List<String> branches = new ArrayList<>();
		for (AuditTrail trail : trails.values()) {
			if ((query.module() == null || query.module().equals(trail.module())) && !trail.shown().isEmpty()) {
				String actions = "actions" + branches.size();
				parameters.addValue(actions, trail.shown());
				branches.add("select '%s' as module, '%s' as labels, %s from %s where action in (:%s)"
					.formatted(trail.module(), trail.labels(), AuditTrail.COLUMNS, trail.table(), actions));
			}
		}
		if (branches.isEmpty()) {
			return new AuditResults(List.of(), 0);
		}
		String text = query.text();
		parameters.addValue("like", (text == null || text.isBlank()) ? null : "%" + text.trim().toLowerCase() + "%")
			.addValue("action", query.action())
			.addValue("size", query.size())
			.addValue("offset", (long) query.page() * query.size());
		String found = branches.stream().collect(Collectors.joining(" union all ", "from (", ") line ")) + """
				where (cast(:like as text) is null or lower(actor) like :like or lower(coalesce(item, '')) like :like)
				  and (cast(:action as text) is null or action = :action)
				""";
		Long total = jdbc.queryForObject("select count(*) " + found, parameters, Long.class);
		List<AuditRecord> records = jdbc.query(
				"select * " + found + " order by occurred_at desc, module, id desc limit :size offset :offset",
				parameters, (rs, n) -> AuditTrail.read(rs, rs.getString("module"), rs.getString("labels")));
		return new AuditResults(records, (total != null) ? total : 0);
	}

}
