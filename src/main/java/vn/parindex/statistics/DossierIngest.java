package vn.parindex.statistics;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.Refusal.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a CSV of dossier records (docs/statistics-dossiers.md) as a stream: each record
 * is checked as it is read and sent on with COPY into a temporary table, then merged into
 * {@code statistic_dossier} in one statement (a dossier sent again replaces the stored
 * one), and the units' counts are written as observations — all in one transaction, and
 * nothing at all when any record is wrong. Ingests take turns (an advisory lock), so two
 * uploads of the same dossiers store each once.
 */
@Component
public class DossierIngest {

	private static final Logger log = LoggerFactory.getLogger(DossierIngest.class);

	/**
	 * The second key of the advisory lock ingests take turns by (indicator ids are > 0).
	 */
	static final int LOCK = -72;

	private static final int CHUNK = 1 << 20;

	private static final String TERMINAL = "('FINISHED', 'RETURNED', 'STOPPED', 'REFUSED', 'WITHDRAWN')";

	private final DataSource dataSource;

	private final DossierObservations observations;

	private final DossierLimits limits;

	DossierIngest(DataSource dataSource, DossierObservations observations, DossierLimits limits) {
		this.dataSource = dataSource;
		this.observations = observations;
		this.limits = limits;
	}

	/**
	 * What an ingest did: records read, new dossiers, replaced ones, and the same again.
	 */
	public record Ingested(int accepted, int inserted, int replaced, int unchanged, Set<Long> unitIds) {
	}

	/**
	 * Stores every record of the CSV, or nothing.
	 * @throws Refusal listing every error (up to a bound, with the count of the rest)
	 */
	@Transactional
	public Ingested ingest(InputStream csv, String actor) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			long started = System.nanoTime();
			prepare(connection);
			Set<Long> units = new HashSet<>();
			int rows = load(connection, csv, units);
			long loaded = System.nanoTime();
			long batch = batch(connection, actor, rows);
			int[] merged = merge(connection, batch);
			long mergedAt = System.nanoTime();
			try (PreparedStatement update = connection
				.prepareStatement("update statistic_dossier_batch set inserted = ?, replaced = ? , unchanged = ? "
						+ "where id = ?")) {
				update.setInt(1, merged[0]);
				update.setInt(2, merged[1]);
				update.setInt(3, rows - merged[0] - merged[1]);
				update.setLong(4, batch);
				update.executeUpdate();
			}
			observations.recount(units, actor);
			log.debug("{} dossier records: read and copied in {} ms, merged in {} ms, counted in {} ms", rows,
					(loaded - started) / 1_000_000, (mergedAt - loaded) / 1_000_000,
					(System.nanoTime() - mergedAt) / 1_000_000);
			return new Ingested(rows, merged[0], merged[1], rows - merged[0] - merged[1], Set.copyOf(units));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not store the dossier records", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void prepare(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_xact_lock(" + ObservationStore.LOCK_SPACE + ", " + LOCK + ")");
			statement.execute("set local time zone 'Asia/Ho_Chi_Minh'");
			statement.execute("""
					create temp table statistic_dossier_load (
					    row_no integer, unit_id bigint, dossier text, procedure text, level text, channel text,
					    status text, received_at timestamptz, due_at timestamptz, finished_at timestamptz,
					    supplement_requested_at timestamptz, supplement_requests integer, supplement_days integer
					) on commit drop""");
		}
	}

	/** Reads, checks and copies every record; the number of records. */
	private int load(Connection connection, InputStream csv, Set<Long> units) throws SQLException {
		DossierRecords records = new DossierRecords(unitCodes(connection), limits.maxErrors());
		DossierCsvReader reader = new DossierCsvReader(csv, limits.maxRecordChars(), limits.maxChars());
		CopyIn copy = null;
		int rows = 0;
		try {
			List<String> header = reader.next();
			if (header == null) {
				throw Refusal.badRequest("statistics.dossiers.error.empty");
			}
			if (!records.header(header)) {
				throw refusal(records);
			}
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy statistic_dossier_load from stdin");
			StringBuilder text = new StringBuilder(CHUNK + 4096);
			List<String> fields;
			int row = reader.row();
			while ((fields = reader.next()) != null) {
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					row = reader.row();
					continue;
				}
				if (++rows > limits.maxRows()) {
					records.error(row, null, "statistics.dossiers.error.tooManyRows", limits.maxRows());
					break;
				}
				records.record(row, fields, text, units);
				row = reader.row();
				if (records.errorCount() > 0) {
					text.setLength(0);
					if (copy.isActive()) {
						copy.cancelCopy();
					}
				}
				else if (text.length() >= CHUNK) {
					send(copy, text);
				}
			}
			if (records.errorCount() == 0 && rows == 0) {
				throw Refusal.badRequest("statistics.dossiers.error.noRecords");
			}
			if (records.errorCount() == 0) {
				send(copy, text);
				copy.endCopy();
			}
		}
		catch (DossierCsvReader.Unreadable unreadable) {
			records.error(reader.row(), null, unreadable.messageKey(), unreadable.arguments());
		}
		finally {
			if (copy != null && copy.isActive()) {
				copy.cancelCopy();
			}
		}
		if (records.errorCount() > 0) {
			throw refusal(records);
		}
		return rows;
	}

	private static void send(CopyIn copy, StringBuilder text) throws SQLException {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		text.setLength(0);
	}

	private static Refusal refusal(DossierRecords records) {
		long count = records.errorCount();
		List<FieldError> errors = records.errors();
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "statistics.dossiers.error.refused", count, errors.size());
	}

	private static Map<String, Long> unitCodes(Connection connection) throws SQLException {
		Map<String, Long> codes = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select code, id from units_unit")) {
			while (rs.next()) {
				codes.put(rs.getString(1), rs.getLong(2));
			}
		}
		return codes;
	}

	private static long batch(Connection connection, String actor, int rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into statistic_dossier_batch (actor, rows, inserted, replaced, unchanged)
				values (?, ?, 0, 0, 0) returning id""")) {
			insert.setString(1, actor);
			insert.setInt(2, rows);
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * Inserts new dossiers and replaces changed ones, in the key's order (the primary key
	 * then grows page by page instead of at random: much faster for a million); a dossier
	 * repeated within the file is refused (the statement fails on it, and then the
	 * repeats are looked up).
	 * @return inserted and replaced
	 */
	private static int[] merge(Connection connection, long batch) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (PreparedStatement merge = connection.prepareStatement(
				"""
						with merged as (
						    insert into statistic_dossier as d (unit_id, dossier, procedure, level, channel, status, received_at,
						           due_at, finished_at, supplement_requested_at, supplement_requests, supplement_days, batch_id,
						           received_day, due_day, end_day, deadline)
						    select l.unit_id, l.dossier, l.procedure, l.level, l.channel, l.status, l.received_at, l.due_at,
						           l.finished_at, l.supplement_requested_at, l.supplement_requests, l.supplement_days, ?,
						           l.received_day, l.due_day, l.end_day,
						           statistic_dossier_deadline(l.due_day, l.received_day, p.time_limit_days, l.supplement_days,
						                                      l.status, l.end_day)
						    from (select l.*, (l.received_at at time zone 'Asia/Ho_Chi_Minh')::date as received_day,
						                 (l.due_at at time zone 'Asia/Ho_Chi_Minh')::date as due_day,
						                 ((case when l.status in %s then l.finished_at
						                        when l.status = 'SUPPLEMENT_REQUESTED' then l.supplement_requested_at end)
						                  at time zone 'Asia/Ho_Chi_Minh')::date as end_day
						          from statistic_dossier_load l) l
						    left join statistic_procedure p on p.code = l.procedure
						    order by l.unit_id, l.dossier
						    on conflict (unit_id, dossier) do update set procedure = excluded.procedure,
						           level = excluded.level, channel = excluded.channel, status = excluded.status,
						           received_at = excluded.received_at, due_at = excluded.due_at,
						           finished_at = excluded.finished_at, supplement_requested_at = excluded.supplement_requested_at,
						           supplement_requests = excluded.supplement_requests,
						           supplement_days = excluded.supplement_days, batch_id = excluded.batch_id,
						           received_day = excluded.received_day, due_day = excluded.due_day, end_day = excluded.end_day,
						           deadline = excluded.deadline
						    where (d.procedure, d.level, d.channel, d.status, d.received_at, d.due_at, d.finished_at,
						           d.supplement_requested_at, d.supplement_requests, d.supplement_days)
						          is distinct from (excluded.procedure, excluded.level, excluded.channel, excluded.status,
						           excluded.received_at, excluded.due_at, excluded.finished_at,
						           excluded.supplement_requested_at, excluded.supplement_requests, excluded.supplement_days)
						    returning xmax = 0 as inserted)
						select count(*) filter (where inserted), count(*) filter (where not inserted) from merged"""
					.formatted(TERMINAL))) {
			merge.setLong(1, batch);
			try (ResultSet rs = merge.executeQuery()) {
				rs.next();
				int[] counts = { rs.getInt(1), rs.getInt(2) };
				connection.releaseSavepoint(savepoint);
				return counts;
			}
		}
		catch (SQLException ex) {
			if (!"21000".equals(ex.getSQLState())) {
				throw ex;
			}
			connection.rollback(savepoint);
			throw repeated(connection);
		}
	}

	private static Refusal repeated(Connection connection) throws SQLException {
		List<FieldError> errors = new ArrayList<>();
		long count = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"""
								select row_no, dossier, first_value(row_no) over (partition by unit_id, dossier order by row_no) first_row
								from statistic_dossier_load
								where (unit_id, dossier) in (select unit_id, dossier from statistic_dossier_load
								                             group by unit_id, dossier having count(*) > 1)
								order by row_no""")) {
			while (rs.next()) {
				if (rs.getInt(1) == rs.getInt(3)) {
					continue;
				}
				count++;
				if (errors.size() < DossierLimits.LISTED_ERRORS) {
					errors.add(FieldError.at(location(rs.getInt(1)), "statistics.dossiers.error.repeated",
							rs.getString(2), rs.getInt(3)));
				}
			}
		}
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "statistics.dossiers.error.refused", count, errors.size());
	}

	private static Map<String, Object> location(int row) {
		Map<String, Object> location = new java.util.LinkedHashMap<>();
		location.put("row", row);
		location.put("column", "dossier");
		return location;
	}

}
