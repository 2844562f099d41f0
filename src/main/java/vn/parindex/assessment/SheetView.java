package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.units.UnitView;

/**
 * A scoring sheet as pages and the API show it: the campaign, the unit, the framework,
 * what was entered, the totals, and what the reader may do with it.
 */
public record SheetView(CampaignView campaign, UnitView unit, FrameworkView framework, long sheetId, SheetStatus status,
		Map<String, LeafEntry> entries, Map<String, List<EvidenceItem>> evidence, SheetTotals totals, Permissions can,
		SheetCalculator calculator, java.util.Set<String> openLeaves) {

	/**
	 * The totals as appraised so far: the council's points and verdicts where given, the
	 * unit's elsewhere.
	 */
	public SheetTotals appraisedTotals() {
		return calculator.calculateAppraised(entries, evidence.keySet());
	}

	/**
	 * Whether the reader may change this leaf now: any leaf of a draft, only the leaves
	 * asked about while the sheet is returned for explanation.
	 */
	public boolean editable(String leafCode) {
		return can.edit() && (status == SheetStatus.DRAFT || openLeaves.contains(leafCode));
	}

	/** The files attached to a leaf. */
	public List<EvidenceItem> evidence(String leafCode) {
		return evidence.getOrDefault(leafCode, List.of());
	}

	public LeafEntry entry(String leafCode) {
		return entries.getOrDefault(leafCode, LeafEntry.empty(leafCode));
	}

	/** The entered input as form fields, to show it again. */
	public RuleInputForm form(String leafCode) {
		return RuleInputForm.of(entry(leafCode).input());
	}

	/**
	 * Whether the node appears on this unit's sheet: a leaf restricted to other unit
	 * types does not, nor a parent with none of its leaves shown.
	 */
	public boolean visible(FrameworkNode node) {
		return calculator.visibleCodes().contains(node.code());
	}

	public boolean selfScored(FrameworkNode leaf) {
		return calculator.selfScored(leaf);
	}

	/** Whether nothing has been entered yet: "not started". */
	public boolean notStarted() {
		return status == SheetStatus.DRAFT && entries.values().stream().noneMatch(LeafEntry::filled);
	}

	/**
	 * What the reader may do.
	 */
	public record Permissions(boolean edit, boolean submit, boolean reopen) {
	}

}
