package vn.parindex.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.parindex.framework.RuleKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sheets and their entries in SQL. Saving one leaf writes one row: a sheet has a hundred
 * leaves and is saved as the officer types, so rewriting all of them each time is not an
 * option.
 */
@Repository
class Sheets {

	private final JdbcClient jdbc;

	Sheets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The sheet, created empty on first use. With {@code lock}, its row stays locked
	 * until the transaction ends, and its entries are read once the lock is held: every
	 * write to one sheet (a save, a submission, a decision) waits for the one before and
	 * sees what it wrote.
	 */
	Sheet open(long campaignId, long unitId, Function<String, RuleKind> kinds, Instant now, boolean lock) {
		Optional<Sheet> existing = find(campaignId, unitId, kinds, lock);
		if (existing.isPresent()) {
			return existing.get();
		}
		jdbc.sql("""
				insert into assessment_sheet (campaign_id, unit_id, created_at, updated_at)
				values (:campaign, :unit, :now, :now) on conflict (campaign_id, unit_id) do nothing
				""").param("campaign", campaignId).param("unit", unitId).param("now", Timestamp.from(now)).update();
		return find(campaignId, unitId, kinds, lock).orElseThrow();
	}

	Optional<Sheet> find(long campaignId, long unitId, Function<String, RuleKind> kinds) {
		return find(campaignId, unitId, kinds, false);
	}

	private Optional<Sheet> find(long campaignId, long unitId, Function<String, RuleKind> kinds, boolean lock) {
		return jdbc
			.sql("select id, status from assessment_sheet where campaign_id = :campaign and unit_id = :unit"
					+ (lock ? " for update" : ""))
			.param("campaign", campaignId)
			.param("unit", unitId)
			.query((rs, n) -> new Sheet(rs.getLong("id"), campaignId, unitId,
					SheetStatus.valueOf(rs.getString("status")), entries(rs.getLong("id"), kinds),
					openLeaves(rs.getLong("id"))))
			.optional();
	}

	/**
	 * Every sheet of a campaign by unit, entries included: the progress board's one query
	 * per table.
	 */
	Map<Long, Sheet> forCampaign(long campaignId, Function<String, RuleKind> kinds) {
		Map<Long, Map<String, LeafEntry>> entries = new HashMap<>();
		jdbc.sql("""
				select s.unit_id, e.* from assessment_entry e join assessment_sheet s on s.id = e.sheet_id
				where s.campaign_id = :campaign
				""").param("campaign", campaignId).query((rs) -> {
			LeafEntry entry = EntryColumns.entry(rs, kinds);
			entries.computeIfAbsent(rs.getLong("unit_id"), (unit) -> new HashMap<>()).put(entry.leafCode(), entry);
		});
		Map<Long, Set<String>> open = new HashMap<>();
		jdbc.sql("""
				select o.sheet_id, o.leaf_code from assessment_open_leaf o
				join assessment_sheet s on s.id = o.sheet_id where s.campaign_id = :campaign
				""").param("campaign", campaignId).query((rs) -> {
			open.computeIfAbsent(rs.getLong("sheet_id"), (sheet) -> new HashSet<>()).add(rs.getString("leaf_code"));
		});
		Map<Long, Sheet> sheets = new HashMap<>();
		jdbc.sql("select id, unit_id, status from assessment_sheet where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query((rs) -> {
				long unit = rs.getLong("unit_id");
				long id = rs.getLong("id");
				sheets.put(unit, new Sheet(id, campaignId, unit, SheetStatus.valueOf(rs.getString("status")),
						entries.getOrDefault(unit, new HashMap<>()), open.getOrDefault(id, Set.of())));
			});
		return sheets;
	}

	void saveEntry(long sheetId, LeafEntry entry, String actor, Instant now) {
		EntryColumns.StoredInput input = EntryColumns.StoredInput.of(entry.input());
		jdbc.sql(
				"""
						insert into assessment_entry (sheet_id, leaf_code, input_number, input_yes, input_level, input_numerator,
						  input_denominator, self_points, not_applicable, not_applicable_reason, explanation, appraised_points,
						  appraised_not_applicable, appraisal_reason, updated_at, updated_by)
						values (:sheet, :leaf, :number, :yes, :level, :numerator, :denominator, :points, :na, :reason,
						  :explanation, :appraised, :appraisedNa, :appraisalReason, :now, :actor)
						on conflict (sheet_id, leaf_code) do update set input_number = excluded.input_number,
						  input_yes = excluded.input_yes, input_level = excluded.input_level,
						  input_numerator = excluded.input_numerator, input_denominator = excluded.input_denominator,
						  self_points = excluded.self_points, not_applicable = excluded.not_applicable,
						  not_applicable_reason = excluded.not_applicable_reason, explanation = excluded.explanation,
						  appraised_points = excluded.appraised_points,
						  appraised_not_applicable = excluded.appraised_not_applicable,
						  appraisal_reason = excluded.appraisal_reason, updated_at = excluded.updated_at,
						  updated_by = excluded.updated_by
						""")
			.param("sheet", sheetId)
			.param("leaf", entry.leafCode())
			.param("number", input.number())
			.param("yes", input.yes())
			.param("level", input.level())
			.param("numerator", input.numerator())
			.param("denominator", input.denominator())
			.param("points", entry.selfPoints())
			.param("na", entry.notApplicable())
			.param("reason", entry.notApplicableReason())
			.param("explanation", entry.explanation())
			.param("appraised", entry.appraisedPoints())
			.param("appraisedNa", entry.appraisedNotApplicable())
			.param("appraisalReason", entry.appraisalReason())
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.update();
		touch(sheetId, now);
	}

	/**
	 * Writes the status and what goes with it: who submitted (kept through appraisal),
	 * when it was returned, who finalised it, and the leaves open for explanation.
	 */
	void saveStatus(Sheet sheet, String actor, Instant now) {
		SheetStatus status = sheet.status();
		jdbc.sql("""
				update assessment_sheet set status = :status, updated_at = :now,
				  submitted_at = case when :submitted then :now when :draft then null else submitted_at end,
				  submitted_by = case when :submitted then :actor when :draft then null else submitted_by end,
				  returned_at = case when :returned then :now else returned_at end,
				  finalised_at = :finalisedAt, finalised_by = :finalisedBy
				where id = :id
				""")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("submitted", status == SheetStatus.SUBMITTED)
			.param("draft", status == SheetStatus.DRAFT)
			.param("returned", status == SheetStatus.RETURNED)
			.param("finalisedAt", (status == SheetStatus.APPRAISED) ? Timestamp.from(now) : null,
					java.sql.Types.TIMESTAMP)
			.param("finalisedBy", (status == SheetStatus.APPRAISED) ? actor : null, java.sql.Types.VARCHAR)
			.param("actor", actor)
			.param("id", sheet.id())
			.update();
		jdbc.sql("delete from assessment_open_leaf where sheet_id = :id").param("id", sheet.id()).update();
		for (String leaf : sheet.openLeaves()) {
			jdbc.sql("insert into assessment_open_leaf (sheet_id, leaf_code) values (:id, :leaf)")
				.param("id", sheet.id())
				.param("leaf", leaf)
				.update();
		}
	}

	private Set<String> openLeaves(long sheetId) {
		return new HashSet<>(jdbc.sql("select leaf_code from assessment_open_leaf where sheet_id = :sheet")
			.param("sheet", sheetId)
			.query(String.class)
			.list());
	}

	private void touch(long sheetId, Instant now) {
		jdbc.sql("update assessment_sheet set updated_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", sheetId)
			.update();
	}

	private Map<String, LeafEntry> entries(long sheetId, Function<String, RuleKind> kinds) {
		Map<String, LeafEntry> entries = new HashMap<>();
		jdbc.sql("select * from assessment_entry where sheet_id = :sheet").param("sheet", sheetId).query((rs) -> {
			LeafEntry entry = EntryColumns.entry(rs, kinds);
			entries.put(entry.leafCode(), entry);
		});
		return entries;
	}

}
