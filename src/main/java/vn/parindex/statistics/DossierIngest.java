package vn.parindex.statistics;

import java.io.InputStream;
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
 * is checked as it is read and sent on with COPY, then stored in
 * {@code statistic_dossier} (a dossier sent again replaces the stored one), and the
 * units' counts are written as observations — all in one transaction, and nothing at all
 * when any record is wrong. Ingests take turns (an advisory lock), so two uploads of the
 * same dossiers store each once.
 * <p>
 * Two ways to store, the same outcome: an upload that is small next to the table, or
 * whose first records are mostly stored already, is COPYed into a temporary table and
 * merged (new dossiers inserted, changed ones replaced, the same ones left alone); a
 * large one of new dossiers ({@link Mode#BULK}: a province's year, or the first load) is
 * COPYed straight into the table with its key index dropped, the stored dossiers it sends
 * again are then removed, and the index is built again once — a million keys built at
 * once cost a third of a million inserted one by one. Readers of the dossiers wait for a
 * bulk upload to end.
 */
@Component
public class DossierIngest {

	private static final Logger log = LoggerFactory.getLogger(DossierIngest.class);

	/**
	 * The second key of the advisory lock ingests take turns by (indicator ids are > 0).
	 */
	static final int LOCK = -72;

	private static final int CHUNK = 1 << 20;

	/** The first records of an upload looked up among the stored dossiers. */
	private static final int SAMPLE = 1000;

	/** A dossier record's usual size in a CSV, to estimate the records of an upload. */
	private static final int BYTES_PER_RECORD = 100;

	/** The columns that say what a dossier is (its upload and row aside). */
	private static final String WHAT = "procedure, level, channel, status, received_at, due_at, finished_at, "
			+ "supplement_requested_at, supplement_requests, supplement_days";

	/** How an upload is stored. */
	enum Mode {

		/** By its size next to the stored dossiers. */
		AUTO,
		/** Through a temporary table, merged. */
		MERGE,
		/** Straight into the table, its key index built again. */
		BULK

	}

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
	 * @param size the upload's length in bytes, or -1 when it is not known
	 * @throws Refusal listing every error (up to a bound, with the count of the rest)
	 */
	@Transactional
	public Ingested ingest(InputStream csv, long size, String actor) {
		return ingest(csv, size, Mode.AUTO, actor);
	}

	@Transactional
	Ingested ingest(InputStream csv, long size, Mode requested, String actor) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			long started = System.nanoTime();
			prepare(connection);
			long batch = batch(connection, actor);
			Set<Long> units = new HashSet<>();
			Loaded loaded = load(connection, csv, batch, requested, size, units);
			int rows = loaded.rows();
			Mode mode = loaded.mode();
			long loadedAt = System.nanoTime();
			int[] stored = (mode == Mode.BULK) ? settle(connection, batch, rows) : merge(connection, rows);
			long storedAt = System.nanoTime();
			try (PreparedStatement update = connection.prepareStatement(
					"update statistic_dossier_batch set rows = ?, inserted = ?, replaced = ?, unchanged = ?, mode = ? "
							+ "where id = ?")) {
				update.setInt(1, rows);
				update.setInt(2, stored[0]);
				update.setInt(3, stored[1]);
				update.setInt(4, stored[2]);
				update.setString(5, mode.name());
				update.setLong(6, batch);
				update.executeUpdate();
			}
			observations.recount(units, actor);
			log.debug("{} dossier records ({}): read and copied in {} ms, stored in {} ms, counted in {} ms", rows,
					mode, (loadedAt - started) / 1_000_000, (storedAt - loadedAt) / 1_000_000,
					(System.nanoTime() - storedAt) / 1_000_000);
			return new Ingested(rows, stored[0], stored[1], stored[2], Set.copyOf(units));
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
		}
	}

	/**
	 * How to store the upload: BULK when it is large ({@code bulk-records} records or
	 * more, estimated from its size, and at least a third of the stored dossiers) and its
	 * first records are mostly new (a file sent again is merged: what did not change is
	 * then left alone); BULK also needs the table to itself within a few seconds (else
	 * MERGE, which waits for nobody). Prepares the table the records are then COPYed
	 * into.
	 */
	private Mode decide(Connection connection, Mode requested, long size, List<Long> units, List<String> dossiers)
			throws SQLException {
		Mode mode = requested;
		if (mode == Mode.AUTO) {
			mode = mode((size < 0) ? 0 : size / BYTES_PER_RECORD, storedEstimate(connection), limits.bulkRecords());
			if (mode == Mode.BULK && storedAlready(connection, units, dossiers) * 10 > units.size()) {
				mode = Mode.MERGE;
			}
		}
		if (mode == Mode.MERGE) {
			try (Statement statement = connection.createStatement()) {
				// the table's columns and types, without its key (built after the COPY)
				statement.execute("create temp table statistic_dossier_load (like statistic_dossier) on commit drop");
			}
			return mode;
		}
		Savepoint savepoint = connection.setSavepoint();
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local lock_timeout = '5s'");
			statement.execute("alter table statistic_dossier drop constraint statistic_dossier_pkey");
			statement.execute("set local lock_timeout = 0");
			connection.releaseSavepoint(savepoint);
			return Mode.BULK;
		}
		catch (SQLException ex) {
			if (!"55P03".equals(ex.getSQLState()) || requested == Mode.BULK) {
				throw ex;
			}
			connection.rollback(savepoint);
			log.info("Dossier upload merged: the dossiers were being read for more than 5 s");
			return decide(connection, Mode.MERGE, size, units, dossiers);
		}
	}

	private static int storedAlready(Connection connection, List<Long> units, List<String> dossiers)
			throws SQLException {
		try (PreparedStatement stored = connection.prepareStatement(
				"""
						select count(*) from statistic_dossier s
						join unnest(?::bigint[], ?::text[]) as k(unit_id, dossier) on s.unit_id = k.unit_id and s.dossier = k.dossier""")) {
			stored.setArray(1, connection.createArrayOf("bigint", units.toArray()));
			stored.setArray(2, connection.createArrayOf("text", dossiers.toArray()));
			try (ResultSet rs = stored.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	/**
	 * BULK when an upload of {@code records} is large, and at least a third of the
	 * {@code stored} dossiers (building the key index again for all costs less than
	 * inserting its keys one by one).
	 */
	static Mode mode(long records, long stored, int bulkRecords) {
		return (records >= bulkRecords && records * 3 >= stored) ? Mode.BULK : Mode.MERGE;
	}

	private static long storedEstimate(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select greatest(reltuples, 0)::bigint from pg_class where oid = 'statistic_dossier'::regclass")) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

	/** The records read, and how they are stored. */
	private record Loaded(int rows, Mode mode) {
	}

	/**
	 * Reads, checks and copies every record; the first {@link #SAMPLE} good ones are held
	 * until the way to store them is decided.
	 */
	private Loaded load(Connection connection, InputStream csv, long batch, Mode requested, long size, Set<Long> units)
			throws SQLException {
		DossierRecords records = new DossierRecords(unitCodes(connection), timeLimits(connection), batch,
				limits.maxErrors());
		DossierCsvReader reader = new DossierCsvReader(csv, limits.maxRecordChars(), limits.maxChars());
		CopyIn copy = null;
		Mode mode = null;
		List<Long> sampleUnits = new ArrayList<>();
		List<String> sampleDossiers = new ArrayList<>();
		int rows = 0;
		try {
			List<String> header = reader.next();
			if (header == null) {
				throw Refusal.badRequest("statistics.dossiers.error.empty");
			}
			if (!records.header(header)) {
				throw refusal(records);
			}
			CopyBinary text = new CopyBinary(CHUNK + 4096);
			text.header();
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
				boolean good = records.record(row, fields, text, units);
				row = reader.row();
				if (records.errorCount() > 0) {
					text.clear();
					if (copy != null && copy.isActive()) {
						copy.cancelCopy();
					}
					continue;
				}
				if (mode == null && good) {
					sampleUnits.add(records.lastUnit());
					sampleDossiers.add(records.lastDossier());
					if (sampleUnits.size() >= SAMPLE) {
						mode = decide(connection, requested, size, sampleUnits, sampleDossiers);
						copy = copy(connection, mode);
					}
				}
				if (copy != null && text.length() >= CHUNK) {
					text.sendTo(copy);
				}
			}
			if (records.errorCount() == 0 && rows == 0) {
				throw Refusal.badRequest("statistics.dossiers.error.noRecords");
			}
			if (records.errorCount() == 0) {
				if (mode == null) {
					mode = decide(connection, requested, size, sampleUnits, sampleDossiers);
					copy = copy(connection, mode);
				}
				text.trailer();
				text.sendTo(copy);
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
		return new Loaded(rows, mode);
	}

	private static CopyIn copy(Connection connection, Mode mode) throws SQLException {
		String table = (mode == Mode.BULK) ? "statistic_dossier" : "statistic_dossier_load";
		return connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + DossierRecords.COLUMNS + ") from stdin with (format binary)");
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

	private static Map<String, Integer> timeLimits(Connection connection) throws SQLException {
		Map<String, Integer> limits = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select code, time_limit_days from statistic_procedure")) {
			while (rs.next()) {
				limits.put(rs.getString(1), rs.getInt(2));
			}
		}
		return limits;
	}

	private static long batch(Connection connection, String actor) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into statistic_dossier_batch (actor, rows, inserted, replaced, unchanged)
				values (?, 0, 0, 0, 0) returning id""")) {
			insert.setString(1, actor);
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * MERGE: inserts new dossiers and replaces changed ones, in the key's order (the key
	 * index then grows page by page instead of at random); the same dossier again is left
	 * alone. A dossier repeated within the file is refused (the temporary table's key
	 * finds it).
	 * @return inserted, replaced and unchanged
	 */
	private static int[] merge(Connection connection, int rows) throws SQLException {
		unique(connection, "statistic_dossier_load", "true",
				"create unique index on statistic_dossier_load (unit_id, dossier)");
		try (PreparedStatement merge = connection.prepareStatement("""
				with merged as (
				    insert into statistic_dossier as d (%1$s)
				    select %1$s from statistic_dossier_load l
				    where not exists (select 1 from statistic_dossier s
				                      where s.unit_id = l.unit_id and s.dossier = l.dossier
				                        and (%2$s) is not distinct from (%3$s))
				    order by l.unit_id, l.dossier
				    on conflict (unit_id, dossier) do update set %4$s
				    returning xmax = 0 as inserted)
				select count(*) filter (where inserted), count(*) filter (where not inserted) from merged"""
			.formatted(DossierRecords.COLUMNS, columns("s.", WHAT), columns("l.", WHAT), updates()))) {
			try (ResultSet rs = merge.executeQuery()) {
				rs.next();
				return new int[] { rs.getInt(1), rs.getInt(2), rows - rs.getInt(1) - rs.getInt(2) };
			}
		}
	}

	/**
	 * BULK, once the records are in the table: the stored dossiers sent again are removed
	 * (counted as replaced, or unchanged when every column is the same), and the key
	 * index is built again, which refuses a dossier repeated within the file.
	 * @return inserted, replaced and unchanged
	 */
	private static int[] settle(Connection connection, long batch, int rows) throws SQLException {
		int replaced = 0;
		int unchanged = 0;
		boolean others;
		try (PreparedStatement any = connection
			.prepareStatement("select exists (select 1 from statistic_dossier where batch_id <> ?)")) {
			any.setLong(1, batch);
			try (ResultSet rs = any.executeQuery()) {
				rs.next();
				others = rs.getBoolean(1);
			}
		}
		if (others) {
			// The statistics of the table predate the COPY: without this, the planner may
			// take a million rows for a few and join them one by one.
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local enable_nestloop = off");
			}
			try (PreparedStatement sent = connection.prepareStatement("""
					with old as (
					    delete from statistic_dossier d using statistic_dossier n
					    where n.batch_id = ? and d.batch_id <> ? and d.unit_id = n.unit_id and d.dossier = n.dossier
					    returning (%s) is not distinct from (%s) as same)
					select count(*) filter (where not same), count(*) filter (where same) from old"""
				.formatted(columns("d.", WHAT), columns("n.", WHAT)))) {
				sent.setLong(1, batch);
				sent.setLong(2, batch);
				try (ResultSet rs = sent.executeQuery()) {
					rs.next();
					replaced = rs.getInt(1);
					unchanged = rs.getInt(2);
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local enable_nestloop = on");
			}
		}
		unique(connection, "statistic_dossier", "batch_id = " + batch,
				"alter table statistic_dossier add constraint statistic_dossier_pkey primary key (unit_id, dossier)");
		return new int[] { rows - replaced - unchanged, replaced, unchanged };
	}

	/**
	 * Runs the statement that makes (unit, dossier) unique; when a dossier is repeated,
	 * refuses the upload with every repeat.
	 */
	private static void unique(Connection connection, String table, String rows, String statement) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try (Statement unique = connection.createStatement()) {
			unique.execute(statement);
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			if (!"23505".equals(ex.getSQLState())) {
				throw ex;
			}
			connection.rollback(savepoint);
			throw repeated(connection, table, rows);
		}
	}

	private static String columns(String prefix, String names) {
		return prefix + names.replace(", ", ", " + prefix);
	}

	private static String updates() {
		StringBuilder set = new StringBuilder();
		for (String column : DossierRecords.COLUMNS.split(", ")) {
			if (!column.equals("unit_id") && !column.equals("dossier")) {
				set.append(set.isEmpty() ? "" : ", ").append(column).append(" = excluded.").append(column);
			}
		}
		return set.toString();
	}

	private static Refusal repeated(Connection connection, String table, String rows) throws SQLException {
		List<FieldError> errors = new ArrayList<>();
		long count = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"""
								select batch_row, dossier, first_value(batch_row) over (partition by unit_id, dossier order by batch_row)
								from %1$s
								where %2$s and (unit_id, dossier) in (select unit_id, dossier from %1$s where %2$s
								                                      group by unit_id, dossier having count(*) > 1)
								order by batch_row"""
							.formatted(table, rows))) {
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
