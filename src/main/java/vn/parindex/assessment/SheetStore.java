package vn.parindex.assessment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.RuleKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads and saves sheets, writes the audit line of every change with it, and announces
 * every change of points or status as a {@link SheetChanged}.
 */
@Component
class SheetStore {

	private final SheetRepository sheets;

	private final SheetHistory history;

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SheetStore(SheetRepository sheets, SheetHistory history, JdbcClient jdbc, Attachments attachments, Clock clock,
			ApplicationEventPublisher events) {
		this.sheets = sheets;
		this.history = history;
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
		history.record(sheet.id(), leafCode, actor, "EVIDENCE_ADDED", null, fileName, null);
	}

	void detach(Sheet sheet, EvidenceItem item, String actor) {
		sheet.requireEditable(item.leafCode());
		attachments.detach(item.id());
		history.record(sheet.id(), item.leafCode(), actor, "EVIDENCE_REMOVED", item.fileName(), null, null);
	}

	Sheet open(long campaignId, long unitId, FrameworkTree tree) {
		return sheets.open(campaignId, unitId, (code) -> kind(tree, code), clock.instant());
	}

	java.util.Map<Long, Sheet> forCampaign(long campaignId, FrameworkTree tree) {
		return sheets.forCampaign(campaignId, (code) -> kind(tree, code));
	}

	void save(Sheet sheet, LeafEntry entry, String actor, String action, String oldValue, String newValue,
			String reason) {
		sheet.put(entry);
		sheets.saveEntry(sheet.id(), entry, actor, clock.instant());
		history.record(sheet.id(), entry.leafCode(), actor, action, oldValue, newValue, reason);
		changed(sheet);
	}

	/**
	 * Stores the council's decision on a leaf. The appraisal module keeps the decision's
	 * own record; the sheet's trail needs no second line.
	 */
	void saveAppraisal(Sheet sheet, LeafEntry entry, String actor) {
		sheet.appraise(entry);
		sheets.saveEntry(sheet.id(), entry, actor, clock.instant());
		changed(sheet);
	}

	void saveStatus(Sheet sheet, String actor, String action, String reason) {
		sheets.saveStatus(sheet, actor, clock.instant());
		history.record(sheet.id(), null, actor, action, null, sheet.status().name(), reason);
		changed(sheet);
	}

	private void changed(Sheet sheet) {
		events.publishEvent(new SheetChanged(sheet.campaignId(), sheet.unitId(), sheet.status()));
	}

	List<SheetEvent> history(long sheetId) {
		return history.of(sheetId);
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
