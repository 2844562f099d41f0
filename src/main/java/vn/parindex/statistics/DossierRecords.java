package vn.parindex.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.parindex.problem.Refusal.FieldError;

/**
 * Checks the records of a dossier CSV (docs/statistics-dossiers.md, "The file") one at a
 * time and writes each good one as a tuple of PostgreSQL's binary COPY in the order of
 * {@link #COLUMNS}: the record as sent, the days of its times in Asia/Ho_Chi_Minh (its
 * end day is the day of its first terminal event — finished_at for a terminal status, the
 * pending request for {@code SUPPLEMENT_REQUESTED} — or none), its procedure's legal time
 * limit, its upload and its row there. Every error is kept, up to a bound, and counted
 * beyond it.
 */
final class DossierRecords {

	/** The columns, as FORMATS.md names them; the last one may be left out. */
	enum Column {

		UNIT, DOSSIER, PROCEDURE, LEVEL, CHANNEL, RECEIVED_AT, DUE_AT, FINISHED_AT, STATUS, SUPPLEMENT_REQUESTS,
		SUPPLEMENT_DAYS, SUPPLEMENT_REQUESTED_AT;

		String header() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The columns of {@code statistic_dossier} each COPY line fills, in order. */
	static final String COLUMNS = "batch_row, unit_id, dossier, procedure, level, channel, status, received_at, "
			+ "due_at, finished_at, supplement_requested_at, supplement_requests, supplement_days, received_day, "
			+ "due_day, end_day, time_limit_days, batch_id";

	static final int MAX_DOSSIER = 100;

	static final int MAX_PROCEDURE = 64;

	static final int MAX_REQUESTS = 1000;

	static final int MAX_DAYS = 3650;

	private final Map<String, Long> unitIds;

	private final Map<String, Integer> timeLimits;

	private final long batch;

	private final int maxErrors;

	private final List<FieldError> errors = new ArrayList<>();

	private long errorCount;

	private int[] positions;

	private int width;

	private final String[] values = new String[Column.values().length];

	private long lastUnit;

	private String lastDossier;

	/**
	 * @param unitIds the units by code
	 * @param timeLimits the procedures' legal time limits in working days, by code
	 * @param batch the upload the records belong to
	 */
	DossierRecords(Map<String, Long> unitIds, Map<String, Integer> timeLimits, long batch, int maxErrors) {
		this.unitIds = unitIds;
		this.timeLimits = timeLimits;
		this.batch = batch;
		this.maxErrors = maxErrors;
	}

	/**
	 * Reads the header; false (with the error kept) when it is not the dossier header.
	 */
	boolean header(List<String> names) {
		positions = new int[Column.values().length];
		Arrays.fill(positions, -1);
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip().toLowerCase(Locale.ROOT);
			Column column = Arrays.stream(Column.values())
				.filter((candidate) -> candidate.header().equals(name))
				.findFirst()
				.orElse(null);
			if (column == null || positions[column.ordinal()] >= 0) {
				unknown.add(names.get(i));
			}
			else {
				positions[column.ordinal()] = i;
			}
		}
		List<String> missing = Arrays.stream(Column.values())
			.filter((column) -> column != Column.SUPPLEMENT_REQUESTED_AT && positions[column.ordinal()] < 0)
			.map(Column::header)
			.toList();
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			error(1, null, "statistics.dossiers.error.header", String.join(", ", missing), String.join(", ", unknown));
			return false;
		}
		this.width = names.size();
		return true;
	}

	/** Checks one record; appends its COPY tuple to {@code copy} when it is good. */
	boolean record(int row, List<String> fields, CopyBinary copy, Set<Long> units) {
		if (fields.size() != width) {
			error(row, null, "statistics.dossiers.error.width", fields.size(), width);
			return false;
		}
		for (Column column : Column.values()) {
			int at = positions[column.ordinal()];
			values[column.ordinal()] = (at < 0) ? "" : fields.get(at).strip();
		}
		long before = errorCount;
		Long unit = unitIds.get(value(Column.UNIT));
		if (value(Column.UNIT).isEmpty()) {
			error(row, Column.UNIT, "statistics.dossiers.error.required");
		}
		else if (unit == null) {
			error(row, Column.UNIT, "statistics.dossiers.error.unknownUnit", value(Column.UNIT));
		}
		String dossier = text(row, Column.DOSSIER, MAX_DOSSIER, true);
		String procedure = text(row, Column.PROCEDURE, MAX_PROCEDURE, false);
		String level = term(row, Column.LEVEL, DossierTerms.LEVELS);
		String channel = term(row, Column.CHANNEL, DossierTerms.CHANNELS);
		String status = term(row, Column.STATUS, DossierTerms.STATUSES);
		long received = time(row, Column.RECEIVED_AT, true);
		long due = time(row, Column.DUE_AT, false);
		long finished = time(row, Column.FINISHED_AT, false);
		long requestedAt = time(row, Column.SUPPLEMENT_REQUESTED_AT, false);
		int requests = count(row, Column.SUPPLEMENT_REQUESTS, MAX_REQUESTS);
		int days = count(row, Column.SUPPLEMENT_DAYS, MAX_DAYS);
		if (received != DossierTimes.INVALID) {
			notBefore(row, Column.DUE_AT, due, received);
			notBefore(row, Column.FINISHED_AT, finished, received);
			notBefore(row, Column.SUPPLEMENT_REQUESTED_AT, requestedAt, received);
		}
		if (status != null) {
			boolean terminal = DossierTerms.TERMINAL.contains(status);
			if (terminal && value(Column.FINISHED_AT).isEmpty()) {
				error(row, Column.FINISHED_AT, "statistics.dossiers.error.finishedMissing");
			}
			if (!terminal && !value(Column.FINISHED_AT).isEmpty()) {
				error(row, Column.FINISHED_AT, "statistics.dossiers.error.finishedOpen");
			}
			if (status.equals("SUPPLEMENT_REQUESTED") && requests == 0) {
				error(row, Column.SUPPLEMENT_REQUESTS, "statistics.dossiers.error.requestMissing");
			}
		}
		if (requests == 0 && (days > 0 || !value(Column.SUPPLEMENT_REQUESTED_AT).isEmpty())) {
			error(row, Column.SUPPLEMENT_REQUESTS, "statistics.dossiers.error.noRequest");
		}
		if (errorCount > before) {
			return false;
		}
		copy.tuple(18);
		copy.int4(row);
		copy.int8(unit);
		copy.text(dossier);
		copy.text(procedure);
		copy.text(level);
		copy.text(channel);
		copy.text(status);
		copy.timestamp(received);
		copy.timestamp(due);
		copy.timestamp(finished);
		copy.timestamp(requestedAt);
		copy.int4(requests);
		copy.int4(days);
		copy.date(day(received));
		copy.date(day(due));
		long end = DossierTerms.TERMINAL.contains(status) ? finished
				: status.equals("SUPPLEMENT_REQUESTED") ? requestedAt : DossierTimes.INVALID;
		copy.date(day(end));
		Integer limit = (procedure == null) ? null : timeLimits.get(procedure);
		if (limit == null) {
			copy.nul();
		}
		else {
			copy.int4(limit);
		}
		copy.int8(batch);
		units.add(unit);
		lastUnit = unit;
		lastDossier = dossier;
		return true;
	}

	/** The unit of the last good record. */
	long lastUnit() {
		return lastUnit;
	}

	/** The dossier of the last good record. */
	String lastDossier() {
		return lastDossier;
	}

	/** The errors kept, at most the bound. */
	List<FieldError> errors() {
		return errors;
	}

	/** Every error, kept or not. */
	long errorCount() {
		return errorCount;
	}

	void error(int row, Column column, String key, Object... arguments) {
		errorCount++;
		if (errors.size() < maxErrors) {
			java.util.LinkedHashMap<String, Object> location = new java.util.LinkedHashMap<>();
			location.put("row", row);
			location.put("column", (column == null) ? null : column.header());
			errors.add(FieldError.at(location, key, arguments));
		}
	}

	private String value(Column column) {
		return values[column.ordinal()];
	}

	private String text(int row, Column column, int max, boolean required) {
		String value = value(column);
		if (value.isEmpty()) {
			if (required) {
				error(row, column, "statistics.dossiers.error.required");
			}
			return null;
		}
		if (value.length() > max) {
			error(row, column, "statistics.dossiers.error.tooLong", max);
			return null;
		}
		if (value.indexOf('\0') >= 0) {
			error(row, column, "statistics.dossiers.error.nul");
			return null;
		}
		return value;
	}

	private String term(int row, Column column, Map<String, String> terms) {
		String value = value(column);
		if (value.isEmpty()) {
			error(row, column, "statistics.dossiers.error.required");
			return null;
		}
		String term = DossierTerms.of(terms, value);
		if (term == null) {
			error(row, column, "statistics.dossiers.error.term", value,
					String.join(", ", new java.util.TreeSet<>(terms.values())));
		}
		return term;
	}

	private long time(int row, Column column, boolean required) {
		String value = value(column);
		if (value.isEmpty()) {
			if (required) {
				error(row, column, "statistics.dossiers.error.required");
			}
			return DossierTimes.INVALID;
		}
		long micros = DossierTimes.epochMicro(value);
		if (micros == DossierTimes.INVALID) {
			error(row, column, "statistics.dossiers.error.time", value);
		}
		return micros;
	}

	private int count(int row, Column column, int max) {
		String value = value(column);
		if (value.isEmpty()) {
			return 0;
		}
		int count = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9' || i > 6) {
				error(row, column, "statistics.dossiers.error.count", value, max);
				return 0;
			}
			count = count * 10 + (c - '0');
		}
		if (count > max) {
			error(row, column, "statistics.dossiers.error.count", value, max);
			return 0;
		}
		return count;
	}

	private static long day(long time) {
		return (time == DossierTimes.INVALID) ? CopyBinary.NONE : DossierTimes.epochDay(time);
	}

	private void notBefore(int row, Column column, long time, long received) {
		if (time != DossierTimes.INVALID && time < received) {
			error(row, column, "statistics.dossiers.error.beforeReceived");
		}
	}

}
