package vn.parindex.assessment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.RuleKind;

import vn.parindex.engine.LeafFiguresChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves sheets, writes the audit line of every change with it, and announces
 * every change of a figure scoring reads (points, applicability, a final appraisal) as a
 * {@link LeafFiguresChanged}.
 */
@Component
class SheetStore {

	private final Sheets sheets;

	private final AuditTrail history;

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SheetStore(Sheets sheets, AuditTrails trails, JdbcClient jdbc, Attachments attachments, Clock clock,
			ApplicationEventPublisher events) {
		this.sheets = sheets;
		this.history = trails.trail("assessment_event", "assessment.event",
				Set.of("SUBMITTED", "REOPENED", "RETURNED", "RESUBMITTED", "FINALISED", "APPRAISAL_REOPENED"));
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.clock = clock;
		this.events = events;
	}

	java.util.Map<String, List<EvidenceItem>> evidence(long sheetId) {
		return attachments.of(sheetId);
	}

	java.util.Optional<EvidenceItem> evidence(long sheetId, long id) {
		return attachments.find(sheetId, id);
	}

	/** Attaches a stored file to a leaf the unit may change. */
	void attach(Sheet sheet, String leafCode, StoredFile file, String fileName, String actor) {
		sheet.requireEditable(leafCode);
		attachments.attach(sheet.id(), leafCode, file, fileName, actor);
		history.record(line(sheet, actor, "EVIDENCE_ADDED").item(leafCode).values(null, fileName));
	}

	void detach(Sheet sheet, EvidenceItem item, String actor) {
		sheet.requireEditable(item.leafCode());
		attachments.detach(item.id());
		history.record(line(sheet, actor, "EVIDENCE_REMOVED").item(item.leafCode()).values(item.fileName(), null));
	}

	Sheet open(long campaignId, long unitId, FrameworkTree tree) {
		return sheets.open(campaignId, unitId, (code) -> kind(tree, code), clock.instant(), false);
	}

	/**
	 * The sheet for a write: locked until the transaction ends, so that writes to one
	 * sheet follow one another and none is lost or lands after a submission.
	 */
	Sheet lock(long campaignId, long unitId, FrameworkTree tree) {
		return sheets.open(campaignId, unitId, (code) -> kind(tree, code), clock.instant(), true);
	}

	/**
	 * Locks every sheet the campaign has, in one order, until the transaction ends: a
	 * write to many sheets at once (the scores import) waits for the saves under way and
	 * makes the next ones wait, as {@link #lock} does for one sheet.
	 */
	void lockCampaign(long campaignId) {
		jdbc.sql("select id from assessment_sheet where campaign_id = :campaign order by id for update")
			.param("campaign", campaignId)
			.query(Long.class)
			.list();
	}

	java.util.Map<Long, Sheet> forCampaign(long campaignId, FrameworkTree tree) {
		return sheets.forCampaign(campaignId, (code) -> kind(tree, code));
	}

	/**
	 * Saves one leaf's entry with the audit lines of what changed in it; results are
	 * recomputed only when a figure moved.
	 */
	void save(Sheet sheet, LeafEntry before, LeafEntry after, String actor, List<Change> changes) {
		sheet.put(after);
		sheets.saveEntry(sheet.id(), after, actor, clock.instant());
		for (Change change : changes) {
			history.record(line(sheet, actor, change.action()).item(after.leafCode())
				.values(change.oldValue(), change.newValue())
				.reason(change.reason()));
		}
		if (before.figuresDiffer(after)) {
			changed(sheet);
		}
	}

	/**
	 * Stores the council's decision on a leaf. The appraisal module keeps the decision's
	 * own record; the sheet's trail needs no second line.
	 */
	void saveAppraisal(Sheet sheet, LeafEntry entry, String actor) {
		LeafEntry before = sheet.entry(entry.leafCode());
		sheet.appraise(entry);
		sheets.saveEntry(sheet.id(), entry, actor, clock.instant());
		if (before.figuresDiffer(entry)) {
			changed(sheet);
		}
	}

	/**
	 * Saves a new status with its audit line; a final appraisal made or undone changes
	 * which figures are official.
	 */
	void saveStatus(Sheet sheet, SheetStatus before, String actor, String action, String reason) {
		sheets.saveStatus(sheet, actor, clock.instant());
		history.record(line(sheet, actor, action).values(null, sheet.status().name()).reason(reason));
		if ((before == SheetStatus.APPRAISED) != (sheet.status() == SheetStatus.APPRAISED)) {
			changed(sheet);
		}
	}

	private void changed(Sheet sheet) {
		events.publishEvent(LeafFiguresChanged.of(sheet.campaignId(), sheet.unitId()));
	}

	/** One audit line of a leaf's change. */
	record Change(String action, String oldValue, String newValue, String reason) {
	}

	List<AuditRecord> history(long sheetId) {
		return history.of(sheetId);
	}

	private static AuditChange line(Sheet sheet, String actor, String action) {
		return AuditChange.of(sheet.id(), actor, action).scope(sheet.campaignId());
	}

	/** The leaves with evidence of every sheet of a campaign, by sheet, in one query. */
	java.util.Map<Long, Set<String>> leavesWithEvidence(long campaignId) {
		java.util.Map<Long, Set<String>> bySheet = new java.util.HashMap<>();
		jdbc.sql("""
				select distinct e.sheet_id, e.leaf_code from assessment_evidence e
				join assessment_sheet s on s.id = e.sheet_id where s.campaign_id = :campaign
				""").param("campaign", campaignId).query((rs) -> {
			bySheet.computeIfAbsent(rs.getLong("sheet_id"), (sheet) -> new HashSet<>()).add(rs.getString("leaf_code"));
		});
		return bySheet;
	}

	private static RuleKind kind(FrameworkTree tree, String code) {
		return tree.find(code).map(FrameworkNode::rule).orElse(null);
	}

}
