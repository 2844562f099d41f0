package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.audit.AuditRecord;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment module's service: a unit's scoring sheet in a campaign, filled in
 * leaf by leaf, submitted by the unit's leader, reopened by the secretariat. Every change
 * is audited.
 */
@Service
@Transactional
public class SelfAssessment {

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final FrameworkCatalog frameworks;

	private final SheetStore store;

	private final EvidenceFiles files;

	private final ObjectProvider<ReviewerScope> reviewers;

	private final AppraisalDisclosures disclosures;

	SelfAssessment(CampaignCatalog campaigns, UnitCatalog units, FrameworkCatalog frameworks, SheetStore store,
			EvidenceFiles files, ObjectProvider<ReviewerScope> reviewers, AppraisalDisclosures disclosures) {
		this.campaigns = campaigns;
		this.units = units;
		this.frameworks = frameworks;
		this.store = store;
		this.files = files;
		this.reviewers = reviewers;
		this.disclosures = disclosures;
	}

	public SheetView sheet(long campaignId, long unitId, CurrentUser user) {
		return view(context(campaignId, unitId, user), user);
	}

	/**
	 * Saves one leaf in one transaction: any of its input (read as the leaf's rule needs
	 * it), its not-applicable claim and its explanation. A refused part changes nothing;
	 * results are recomputed only when points or applicability moved.
	 */
	public SheetView saveLeaf(long campaignId, long unitId, String leafCode, LeafEdit edit, CurrentUser user) {
		Context context = writing(campaignId, unitId, user);
		requireEditor(context, user);
		FrameworkNode leaf = selfScoredLeaf(context, leafCode);
		LeafEntry before = context.sheet.entry(leafCode);
		LeafEdits edits = new LeafEdits(before);
		if (Boolean.TRUE.equals(edit.notApplicable())) {
			if (edit.reason() == null || edit.reason().isBlank()) {
				throw new Refusal(HttpStatus.BAD_REQUEST, "assessment.error.reasonRequired");
			}
			edits.apply("NOT_APPLICABLE_CLAIMED", edit.reason().strip(),
					(entry) -> entry.withNotApplicable(true, edit.reason().strip()));
		}
		else if (Boolean.FALSE.equals(edit.notApplicable())) {
			edits.apply("NOT_APPLICABLE_WITHDRAWN", null, (entry) -> entry.withNotApplicable(false, null));
		}
		if (edit.input() != null) {
			RuleInput input = edit.input().apply(leaf);
			BigDecimal points = context.framework.points(leafCode, input);
			edits.apply("INPUT_CHANGED", null, (entry) -> entry.withInput(input, points));
		}
		if (edit.explanation() != null) {
			String explanation = edit.explanation().isBlank() ? null : edit.explanation().strip();
			edits.apply("EXPLANATION_CHANGED", null, (entry) -> entry.withExplanation(explanation));
		}
		if (!edits.changes().isEmpty()) {
			store.save(context.sheet, before, edits.entry(), user.getUsername(), edits.changes());
		}
		return view(context, user);
	}

	/** Records the input of one leaf and the points its rule gives it. */
	public SheetView enter(long campaignId, long unitId, String leafCode, RuleInput input, CurrentUser user) {
		return saveLeaf(campaignId, unitId, leafCode, LeafEdit.input((leaf) -> input), user);
	}

	/** Records one leaf's input from form fields, read as the leaf's rule needs them. */
	public SheetView enter(long campaignId, long unitId, String leafCode, RuleInputForm form, CurrentUser user) {
		return saveLeaf(campaignId, unitId, leafCode, LeafEdit.input((leaf) -> form.toInput(leaf.rule())), user);
	}

	/** Claims the leaf does not apply this year ("không phát sinh"), with the reason. */
	public SheetView claimNotApplicable(long campaignId, long unitId, String leafCode, String reason,
			CurrentUser user) {
		return saveLeaf(campaignId, unitId, leafCode, new LeafEdit(null, true, reason, null), user);
	}

	public SheetView explain(long campaignId, long unitId, String leafCode, String text, CurrentUser user) {
		return saveLeaf(campaignId, unitId, leafCode, new LeafEdit(null, null, null, (text != null) ? text : ""), user);
	}

	/**
	 * The leader's approval: only a sheet with nothing missing is submitted, and then
	 * locked.
	 */
	public SheetView submit(long campaignId, long unitId, CurrentUser user) {
		Context context = writing(campaignId, unitId, user);
		if (!isLeader(context, user)) {
			throw new AccessDeniedException("Only the unit's leader submits its sheet");
		}
		context.sheet.submit(totals(context).blockers());
		store.saveStatus(context.sheet, SheetStatus.DRAFT, user.getUsername(), "SUBMITTED", null);
		return view(context, user);
	}

	/** The secretariat opens a submitted sheet again for the unit, saying why. */
	public SheetView reopen(long campaignId, long unitId, String reason, CurrentUser user) {
		Context context = writing(campaignId, unitId, user);
		if (!(user.has(Role.SECRETARIAT) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only the secretariat reopens a sheet");
		}
		context.sheet.reopen(reason);
		store.saveStatus(context.sheet, SheetStatus.SUBMITTED, user.getUsername(), "REOPENED", reason.strip());
		return view(context, user);
	}

	/** Stores an uploaded file (checked by content) and attaches it to a leaf. */
	public SheetView attach(long campaignId, long unitId, String leafCode, String fileName, java.io.InputStream content,
			CurrentUser user) {
		Context context = writing(campaignId, unitId, user);
		requireEditor(context, user);
		selfScoredLeaf(context, leafCode);
		context.sheet.requireEditable(leafCode);
		StoredFile file = files.store(fileName, content);
		store.attach(context.sheet, leafCode, file, EvidenceFileNames.clean(fileName, "evidence"), user.getUsername());
		return view(context, user);
	}

	public SheetView detach(long campaignId, long unitId, long evidenceId, CurrentUser user) {
		Context context = writing(campaignId, unitId, user);
		requireEditor(context, user);
		store.detach(context.sheet, evidence(context, evidenceId), user.getUsername());
		return view(context, user);
	}

	/** An attached file, for whoever may read the sheet. */
	public EvidenceItem evidence(long campaignId, long unitId, long evidenceId, CurrentUser user) {
		return evidence(context(campaignId, unitId, user), evidenceId);
	}

	private EvidenceItem evidence(Context context, long evidenceId) {
		return store.evidence(context.sheet.id(), evidenceId)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.noSuchEvidence"));
	}

	/**
	 * The sheet's trail, newest first; the council's note on a return for explanation
	 * only for a reader who sees its questions ({@link AppraisalDisclosure#questions()}).
	 */
	public List<AuditRecord> timeline(long campaignId, long unitId, CurrentUser user) {
		List<AuditRecord> history = store.history(context(campaignId, unitId, user).sheet.id());
		if (disclosures.of(user, campaignId, unitId, false).questions()) {
			return history;
		}
		return history.stream().map((line) -> "RETURNED".equals(line.action()) ? withoutReason(line) : line).toList();
	}

	private static AuditRecord withoutReason(AuditRecord line) {
		return new AuditRecord(line.id(), line.module(), line.label(), line.subjectId(), line.scopeId(), line.item(),
				line.occurredAt(), line.actor(), line.action(), line.oldValue(), line.newValue(), null,
				line.remoteAddress());
	}

	/**
	 * The sheet for a write, locked until the transaction ends (see
	 * {@link SheetStore#lock}).
	 */
	private Context writing(long campaignId, long unitId, CurrentUser user) {
		return context(campaignId, unitId, user, true);
	}

	private Context context(long campaignId, long unitId, CurrentUser user) {
		return context(campaignId, unitId, user, false);
	}

	private Context context(long campaignId, long unitId, CurrentUser user, boolean lock) {
		if (!user.canSeeUnit(unitId)) {
			throw new AccessDeniedException("Unit " + unitId + " is outside the user's scope");
		}
		if (onlyAppraiser(user) && !reviewers.getIfAvailable(() -> ReviewerScope.EVERY_SHEET)
			.mayReview(user.getUsername(), campaignId, unitId)) {
			throw new AccessDeniedException("Sheet of unit " + unitId + " is not assigned to " + user.getUsername());
		}
		CampaignView campaign = campaigns.get(campaignId);
		if (!campaign.includes(unitId)) {
			throw new Refusal(HttpStatus.NOT_FOUND, "assessment.error.notParticipating");
		}
		UnitView unit = units.byId(unitId)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.notParticipating"));
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		SheetCalculator calculator = new SheetCalculator(framework, unit.id(), unit.type());
		Sheet sheet = lock ? store.lock(campaignId, unitId, framework.tree())
				: store.open(campaignId, unitId, framework.tree());
		return new Context(campaign, unit, framework, calculator, sheet);
	}

	private FrameworkNode selfScoredLeaf(Context context, String leafCode) {
		FrameworkNode leaf = context.framework.tree()
			.find(leafCode)
			.filter((node) -> context.framework.tree().isLeaf(node.code()))
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.unknownLeaf", leafCode));
		if (!context.calculator.selfScored(leaf) && !leaf.source().outsideMaximum()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "assessment.error.notSelfScored", leafCode);
		}
		return leaf;
	}

	private void requireEditor(Context context, CurrentUser user) {
		if (!isUnitMember(context, user)) {
			throw new AccessDeniedException("Only the unit's officers and leaders edit its sheet");
		}
	}

	private SheetView view(Context context, CurrentUser user) {
		boolean open = context.sheet.status() == SheetStatus.DRAFT || context.sheet.status() == SheetStatus.RETURNED;
		SheetView.Permissions can = new SheetView.Permissions(open && isUnitMember(context, user),
				canSubmit(context, user), context.sheet.status() == SheetStatus.SUBMITTED
						&& (user.has(Role.SECRETARIAT) || user.has(Role.ADMIN)));
		Map<String, List<EvidenceItem>> evidence = store.evidence(context.sheet.id());
		return new SheetView(context.campaign, context.unit, context.framework, context.sheet.id(),
				context.sheet.status(), context.sheet.entries(), evidence, totals(context, evidence.keySet()), can,
				context.calculator, context.sheet.openLeaves());
	}

	private SheetTotals totals(Context context) {
		return totals(context, store.evidence(context.sheet.id()).keySet());
	}

	private static SheetTotals totals(Context context, Set<String> leavesWithEvidence) {
		return context.calculator.calculate(context.sheet.entries(), leavesWithEvidence);
	}

	/** An appraiser who holds no wider role reads only the sheets assigned to her. */
	private static boolean onlyAppraiser(CurrentUser user) {
		return user.has(Role.APPRAISER) && !user.has(Role.ADMIN) && !user.has(Role.SECRETARIAT)
				&& !user.has(Role.COUNCIL_CHAIR) && !user.has(Role.VIEWER);
	}

	private static boolean isUnitMember(Context context, CurrentUser user) {
		return Objects.equals(user.unitId(), context.unit.id())
				&& (user.has(Role.UNIT_OFFICER) || user.has(Role.UNIT_LEADER));
	}

	private static boolean canSubmit(Context context, CurrentUser user) {
		return context.sheet.status() == SheetStatus.DRAFT && isLeader(context, user);
	}

	/**
	 * The unit's leader, who submits its sheet; a sheet already submitted is then a
	 * conflict, not a lack of rights.
	 */
	private static boolean isLeader(Context context, CurrentUser user) {
		return Objects.equals(user.unitId(), context.unit.id()) && user.has(Role.UNIT_LEADER);
	}

	private record Context(CampaignView campaign, UnitView unit, FrameworkView framework, SheetCalculator calculator,
			Sheet sheet) {
	}

}
