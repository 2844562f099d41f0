package vn.parindex.appraisal;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.assessment.EvidenceItem;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetView;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.Phase;
import vn.parindex.framework.FrameworkNode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a sheet for the council: who may read it is checked by the self-assessment (units
 * only their own, appraisers only their assignments); the review itself is for the
 * council's people only, the questions for the council and the unit
 * ({@code AppraisalDisclosure}). Not read-only: reading a sheet creates its empty row the
 * first time.
 */
@Service
@Transactional
class Reviews {

	private final SelfAssessment assessment;

	private final Assignments assignments;

	private final Questions questions;

	private final Decisions decisions;

	private final CouncilAccess access;

	Reviews(SelfAssessment assessment, Assignments assignments, Questions questions, Decisions decisions,
			CouncilAccess access) {
		this.assessment = assessment;
		this.assignments = assignments;
		this.questions = questions;
		this.decisions = decisions;
		this.access = access;
	}

	/** The council's review: its staff, and appraisers the sheet is assigned to. */
	public Review review(long campaignId, long unitId, CurrentUser user) {
		if (!isCouncil(user)) {
			throw new AccessDeniedException("Only the council's people review sheets");
		}
		access.requireCouncil(user, campaignId, unitId);
		return read(assessment.sheet(campaignId, unitId, user), user);
	}

	/**
	 * The same review for the council and the unit (which reads the questions asked of
	 * it, not the decisions); it decides nothing.
	 */
	Review read(long campaignId, long unitId, CurrentUser user) {
		access.requireSheetReader(user, campaignId, unitId);
		return read(assessment.sheet(campaignId, unitId, user), user);
	}

	private Review read(SheetView sheet, CurrentUser user) {
		long campaignId = sheet.campaign().id();
		long unitId = sheet.unit().id();
		List<FrameworkNode> leaves = sheet.framework()
			.tree()
			.leaves()
			.stream()
			.filter((leaf) -> sheet.visible(leaf) && (sheet.selfScored(leaf)
					|| (leaf.source().outsideMaximum() && sheet.entry(leaf.code()).selfPoints() != null)))
			.toList();
		int round = questions.round(campaignId, unitId);
		List<Question> asked = questions.questions(campaignId, unitId);
		Map<String, LeafChange> changes = new LinkedHashMap<>();
		if (round > 1) {
			for (Snapshot before : questions.snapshots(campaignId, unitId, round - 1)) {
				changes.put(before.leafCode(), change(sheet, before, asked));
			}
		}
		List<Decision> history = decisions.decisions(campaignId, unitId);
		Map<String, Decision> latest = new LinkedHashMap<>();
		history.forEach((decision) -> latest.putIfAbsent(decision.leafCode(), decision));
		AppraiserScope scope = isCouncil(user) ? assignments.scope(user, campaignId, unitId) : AppraiserScope.NONE;
		return new Review(sheet, scope, round, leaves, latest, history, asked, changes,
				deadline(sheet.campaign()).orElse(null));
	}

	static Optional<ZonedDateTime> deadline(CampaignView campaign) {
		return campaign.phase(Phase.APPRAISAL).map((dates) -> dates.closesAt());
	}

	static boolean isCouncil(CurrentUser user) {
		return user.has(Role.APPRAISER) || user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL_CHAIR)
				|| user.has(Role.ADMIN);
	}

	private static LeafChange change(SheetView sheet, Snapshot before, List<Question> questions) {
		LeafEntry now = sheet.entry(before.leafCode());
		List<String> files = sheet.evidence(before.leafCode()).stream().map(EvidenceItem::fileName).toList();
		Question question = questions.stream()
			.filter((q) -> q.round() == before.round() && q.leafCode().equals(before.leafCode()))
			.findFirst()
			.orElse(null);
		return new LeafChange(before.leafCode(), before, now.selfPoints(), now.notApplicable(), now.explanation(),
				files.stream().filter((name) -> !before.evidenceFiles().contains(name)).toList(),
				before.evidenceFiles().stream().filter((name) -> !files.contains(name)).toList(), question);
	}

}
