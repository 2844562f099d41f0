package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parindex.audit.AuditRecord;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.framework.FrameworkView;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appraisal module does to a sheet: record the council's decision on a leaf,
 * return the sheet for explanation, take it back, finalise and reopen it. This service
 * guards the sheet's states and the points' bounds; who may do what is the caller's to
 * check.
 */
@Service
@Transactional
public class SheetReview {

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final FrameworkCatalog frameworks;

	private final SheetStore store;

	SheetReview(CampaignCatalog campaigns, UnitCatalog units, FrameworkCatalog frameworks, SheetStore store) {
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
		this.store = store;
	}

	/** The sheet's state as the council sees it, without any permission check. */
	@Transactional(readOnly = true)
	public SheetInput state(long campaignId, long unitId) {
		Sheet sheet = open(campaignId, unitId).sheet();
		return new SheetInput(unitId, sheet.status(), sheet.entries(), sheet.openLeaves());
	}

	/**
	 * Records the council's decision on one leaf of a submitted sheet.
	 * @param points the appraised points (0..maximum, at most 2 decimals), or
	 * {@code null} to leave the unit's points standing
	 * @param notApplicableAccepted the verdict on the unit's not-applicable claim, or
	 * {@code null} where there is no claim or no verdict
	 * @param reason why, where the points differ from the unit's or the claim is rejected
	 */
	public LeafEntry appraise(long campaignId, long unitId, String leafCode, BigDecimal points,
			Boolean notApplicableAccepted, String reason, String actor) {
		Loaded loaded = open(campaignId, unitId, true);
		FrameworkNode leaf = loaded.tree()
			.find(leafCode)
			.filter((node) -> loaded.tree().isLeaf(node.code()))
			.filter((node) -> node.appliesTo(loaded.unit().type()))
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.unknownLeaf", leafCode));
		if (points != null && (points.signum() < 0 || points.compareTo(leaf.maxPoints()) > 0
				|| points.stripTrailingZeros().scale() > 2
						&& !sameAs(loaded.sheet().entry(leafCode).selfPoints(), points))) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "assessment.error.appraisedOutOfRange", leafCode,
					leaf.maxPoints());
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		LeafEntry after = loaded.sheet().entry(leafCode).withAppraisal(points, notApplicableAccepted, why);
		store.saveAppraisal(loaded.sheet(), after, actor);
		return after;
	}

	/** Returns a submitted sheet to the unit, opening only the leaves asked about. */
	public void returnForExplanation(long campaignId, long unitId, Set<String> leafCodes, String actor, String reason) {
		Sheet sheet = open(campaignId, unitId, true).sheet();
		SheetStatus before = sheet.status();
		sheet.returnFor(leafCodes);
		store.saveStatus(sheet, before, actor, "RETURNED", reason);
	}

	/** The unit's explanations are in: the sheet is under appraisal again. */
	public void resubmit(long campaignId, long unitId, String actor) {
		Sheet sheet = open(campaignId, unitId, true).sheet();
		SheetStatus before = sheet.status();
		sheet.resubmit();
		store.saveStatus(sheet, before, actor, "RESUBMITTED", null);
	}

	/** The chair finalises the appraisal; the sheet is locked. */
	public void finalise(long campaignId, long unitId, String actor) {
		Sheet sheet = open(campaignId, unitId, true).sheet();
		SheetStatus before = sheet.status();
		sheet.finalise();
		store.saveStatus(sheet, before, actor, "FINALISED", null);
	}

	/** The secretariat reopens a finalised appraisal, with the reason. */
	public void reopenAppraisal(long campaignId, long unitId, String actor, String reason) {
		Sheet sheet = open(campaignId, unitId, true).sheet();
		SheetStatus before = sheet.status();
		sheet.reopenAppraisal(reason);
		store.saveStatus(sheet, before, actor, "APPRAISAL_REOPENED", reason.strip());
	}

	/** The sheet's own audit trail (entries, evidence, statuses), newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(long campaignId, long unitId) {
		return store.history(open(campaignId, unitId).sheet().id());
	}

	/** The files attached to the sheet, by leaf. */
	@Transactional(readOnly = true)
	public Map<String, List<EvidenceItem>> evidence(long campaignId, long unitId) {
		return store.evidence(open(campaignId, unitId).sheet().id());
	}

	/**
	 * Accepting a leaf keeps the unit's points, which have 4 decimals where a rule
	 * computed them; points the council types have at most 2.
	 */
	private static boolean sameAs(BigDecimal selfPoints, BigDecimal points) {
		return selfPoints != null && selfPoints.compareTo(points) == 0;
	}

	private Loaded open(long campaignId, long unitId) {
		return open(campaignId, unitId, false);
	}

	/** With {@code lock}, the sheet for a write (see {@link SheetStore#lock}). */
	private Loaded open(long campaignId, long unitId, boolean lock) {
		CampaignView campaign = campaigns.get(campaignId);
		if (!campaign.includes(unitId)) {
			throw new Refusal(HttpStatus.NOT_FOUND, "assessment.error.notParticipating");
		}
		UnitView unit = units.byId(unitId)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.notParticipating"));
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		Sheet sheet = lock ? store.lock(campaignId, unitId, framework.tree())
				: store.open(campaignId, unitId, framework.tree());
		return new Loaded(unit, framework, framework.tree(), sheet);
	}

	private record Loaded(UnitView unit, FrameworkView framework, FrameworkTree tree, Sheet sheet) {
	}

}
