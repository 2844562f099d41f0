package vn.parindex.statistics;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Refusal.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedures (thủ tục hành chính) and their legal time limits in working days, loaded
 * from a CSV {@code procedure,name,time_limit_days}: a known code is updated. The
 * dossiers without a due date that name a loaded procedure are counted again.
 */
@Component
public class DossierProcedures {

	static final int MAX_PROCEDURES = 100_000;

	private static final List<String> HEADER = List.of("procedure", "name", "time_limit_days");

	private final JdbcTemplate jdbc;

	private final DossierObservations observations;

	DossierProcedures(JdbcTemplate jdbc, DossierObservations observations) {
		this.jdbc = jdbc;
		this.observations = observations;
	}

	/** A procedure and its limit. */
	public record Procedure(String code, String name, int timeLimitDays) {
	}

	/** Every procedure, by code. */
	public List<Procedure> all() {
		return jdbc.query("select code, name, time_limit_days from statistic_procedure order by code",
				(rs, n) -> new Procedure(rs.getString(1), rs.getString(2), rs.getInt(3)));
	}

	/**
	 * Stores every procedure of the CSV, or none.
	 * @return how many were read
	 * @throws Refusal listing every error
	 */
	@Transactional
	public int load(InputStream csv, String actor) {
		Map<String, Procedure> procedures = read(csv);
		jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", ObservationStore.LOCK_SPACE, DossierIngest.LOCK);
		List<Object[]> rows = procedures.values()
			.stream()
			.map((p) -> new Object[] { p.code(), p.name(), p.timeLimitDays(), actor })
			.toList();
		jdbc.batchUpdate("""
				insert into statistic_procedure (code, name, time_limit_days, recorded_by) values (?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, time_limit_days = excluded.time_limit_days,
				       recorded_by = excluded.recorded_by, recorded_at = now()
				where (statistic_procedure.name, statistic_procedure.time_limit_days)
				      is distinct from (excluded.name, excluded.time_limit_days)""", rows);
		String[] codes = procedures.keySet().toArray(String[]::new);
		// Each dossier keeps its procedure's limit; the deadline (a generated column)
		// moves
		// with it only for a dossier without a due date: those units are counted again.
		List<Long> units = jdbc.queryForList("""
				with moved as (
				    update statistic_dossier d set time_limit_days = p.time_limit_days
				    from statistic_procedure p
				    where p.code = d.procedure and d.procedure = any(?)
				      and d.time_limit_days is distinct from p.time_limit_days
				    returning d.unit_id, d.due_day)
				select distinct unit_id from moved where due_day is null""", Long.class, (Object) codes);
		observations.recount(units, actor);
		return procedures.size();
	}

	private static Map<String, Procedure> read(InputStream csv) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Procedure> procedures = new LinkedHashMap<>();
		Map<String, Integer> rowsByCode = new HashMap<>();
		DossierCsvReader reader = new DossierCsvReader(csv, 4096, 64L * 1024 * 1024);
		try {
			List<String> header = reader.next();
			if (header == null
					|| !header.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
				throw Refusal.badRequest("statistics.dossiers.procedures.header");
			}
			int row = reader.row();
			List<String> fields;
			while ((fields = reader.next()) != null) {
				if (!(fields.size() == 1 && fields.get(0).isBlank())) {
					procedure(row, fields, errors, rowsByCode).ifPresent((p) -> procedures.put(p.code(), p));
				}
				if (procedures.size() > MAX_PROCEDURES) {
					throw Refusal.badRequest("statistics.dossiers.error.tooManyRows", MAX_PROCEDURES);
				}
				row = reader.row();
			}
		}
		catch (DossierCsvReader.Unreadable unreadable) {
			errors.add(FieldError.at(location(reader.row(), null), unreadable.messageKey(), unreadable.arguments()));
		}
		if (!errors.isEmpty()) {
			List<FieldError> listed = errors.subList(0, Math.min(errors.size(), DossierLimits.LISTED_ERRORS));
			throw new Refusal(HttpStatus.BAD_REQUEST, listed, "statistics.dossiers.error.refused", errors.size(),
					listed.size());
		}
		if (procedures.isEmpty()) {
			throw Refusal.badRequest("statistics.dossiers.error.noRecords");
		}
		return procedures;
	}

	private static java.util.Optional<Procedure> procedure(int row, List<String> fields, List<FieldError> errors,
			Map<String, Integer> rowsByCode) {
		if (fields.size() != HEADER.size()) {
			errors.add(FieldError.at(location(row, null), "statistics.dossiers.error.width", fields.size(),
					HEADER.size()));
			return java.util.Optional.empty();
		}
		int before = errors.size();
		String code = fields.get(0).strip();
		String name = fields.get(1).strip();
		String limit = fields.get(2).strip();
		if (code.isEmpty() || code.length() > DossierRecords.MAX_PROCEDURE || code.indexOf('\0') >= 0) {
			errors.add(FieldError.at(location(row, "procedure"), "statistics.dossiers.procedures.code",
					DossierRecords.MAX_PROCEDURE));
		}
		else if (rowsByCode.putIfAbsent(code, row) != null) {
			errors.add(FieldError.at(location(row, "procedure"), "statistics.dossiers.error.repeated", code,
					rowsByCode.get(code)));
		}
		if (name.isEmpty() || name.length() > 500 || name.indexOf('\0') >= 0) {
			errors.add(FieldError.at(location(row, "name"), "statistics.dossiers.procedures.name", 500));
		}
		int days = -1;
		if (limit.matches("\\d{1,4}")) {
			days = Integer.parseInt(limit);
		}
		if (days < 0 || days > DossierRecords.MAX_DAYS) {
			errors.add(FieldError.at(location(row, "time_limit_days"), "statistics.dossiers.error.count", limit,
					DossierRecords.MAX_DAYS));
		}
		return (errors.size() > before) ? java.util.Optional.empty()
				: java.util.Optional.of(new Procedure(code, name, days));
	}

	private static Map<String, Object> location(int row, String column) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("row", row);
		location.put("column", column);
		return location;
	}

}
