package vn.parindex.units;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.parindex.accounts.UnitDirectory;
import vn.parindex.problem.Refusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units module's service for the rest of the application: reading units, their
 * hierarchy and their restructuring lineage, adding units and recording restructurings.
 */
@Service
@Transactional(readOnly = true)
public class UnitCatalog implements UnitDirectory {

	private static final String SYSTEM = "system";

	private final Units units;

	private final UnitEditor editor;

	private final UnitLineage lineage;

	private final Restructurer restructurer;

	private final JdbcClient jdbc;

	UnitCatalog(Units units, UnitEditor editor, UnitLineage lineage, Restructurer restructurer, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
		this.editor = editor;
		this.lineage = lineage;
		this.restructurer = restructurer;
	}

	/** Every unit, active or not, in Vietnamese alphabetical order. */
	public List<UnitView> all() {
		return units.findAll().stream().map(Unit::view).sorted(UnitView.BY_NAME).toList();
	}

	/**
	 * The given units in one query per 10,000, in no particular order; ids of no unit are
	 * left out. Not the aggregate's mapping: a national campaign has 10,000 units.
	 */
	public List<UnitView> byIds(Collection<Long> ids) {
		List<Long> list = List.copyOf(ids);
		List<UnitView> found = new java.util.ArrayList<>(list.size());
		for (int from = 0; from < list.size(); from += 10_000) {
			found.addAll(jdbc
				.sql("select id, code, name, type, parent_id, ranked, active from units_unit " + "where id = any(:ids)")
				.param("ids", list.subList(from, Math.min(list.size(), from + 10_000)).toArray(Long[]::new))
				.query((rs, n) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getString("type"), rs.getObject("parent_id", Long.class), rs.getBoolean("ranked"),
						rs.getBoolean("active")))
				.list());
		}
		return found;
	}

	public Optional<UnitView> byId(long id) {
		return units.findById(id).map(Unit::view);
	}

	public Optional<UnitView> byCode(String code) {
		return units.findByCode(code).map(Unit::view);
	}

	/** The units directly under the given one, active or not. */
	public List<UnitView> children(long id) {
		return units.findByParentId(id).stream().map(Unit::view).sorted(UnitView.BY_NAME).toList();
	}

	/**
	 * Adds a unit unless one with this code exists, and returns it either way.
	 */
	@Transactional
	public UnitView ensure(String code, String name, String type, Long parentId) {
		String parent = (parentId != null) ? units.findById(parentId).map(Unit::code).orElse(null) : null;
		return ensure(new UnitDetails(code, name, type, parent, true), SYSTEM);
	}

	/**
	 * Adds a unit unless one with this code exists (then left as it is), and returns it
	 * either way.
	 * @throws RuntimeException an {@link org.springframework.web.ErrorResponse} with a
	 * message key when the type or the parent is unknown
	 */
	@Transactional
	public UnitView ensure(UnitDetails details, String actor) {
		return byCode(details.code()).orElseGet(() -> editor.create(details, actor));
	}

	/**
	 * Which current units carry on the given one: after "A and B merged into C, later C
	 * split into D and E", the successors of A are D and E. A unit that has not ceased is
	 * its own successor; one deactivated without a restructuring has none.
	 */
	public List<UnitView> currentSuccessors(long unitId) {
		return lineage.currentSuccessors(unitId);
	}

	/**
	 * Every unit that preceded the given one, through any number of restructurings: in
	 * the example above, the predecessors of D are C, A and B.
	 */
	public List<UnitView> predecessors(long unitId) {
		return lineage.predecessors(unitId);
	}

	/** Predecessors, current successors and the restructurings that link them. */
	public Lineage lineage(long unitId) {
		return lineage
			.of(byId(unitId).orElseThrow(() -> Refusal.notFound("units.error.notFound", String.valueOf(unitId))));
	}

	/**
	 * Records a merger or a split; the predecessors become inactive.
	 * @param actor the user name recorded as having done it
	 * @throws RuntimeException an {@link org.springframework.web.ErrorResponse} with a
	 * message key when the rules refuse it
	 */
	@Transactional
	public RestructuringView restructure(RestructuringRequest request, String actor) {
		return lineage.views(List.of(restructurer.record(request, actor))).get(0);
	}

	@Override
	public List<UnitOption> options() {
		return all().stream()
			.filter(UnitView::active)
			.map((unit) -> new UnitOption(unit.id(), unit.code(), unit.name()))
			.toList();
	}

	@Override
	public Optional<UnitOption> find(long id) {
		return byId(id).map((unit) -> new UnitOption(unit.id(), unit.code(), unit.name()));
	}

}
