package vn.parindex.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.engine.LeafFiguresChanged;
import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkView;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's adjustment of a {@code STATISTIC} leaf's points when the source was
 * wrong, with a required reason, and its withdrawal (docs/statistics-scoring.md). Who:
 * the council chair, the secretariat and administrators — appraisers raise it with them.
 * When: until the unit's appraisal is final; after it, only once the secretariat has
 * reopened it. Each change takes the campaign's turn (the lock the recomputation holds),
 * is recorded in the trail {@code statistic_leaf_event} and moves the campaign's stored
 * results in the same transaction. A client may send the version it saw: a stale one is
 * refused with 409, nothing changed.
 */
@Service
@Transactional
class StatisticAdjustments {

	static final String ADJUSTED = "LEAF_ADJUSTED";

	static final String WITHDRAWN = "ADJUSTMENT_WITHDRAWN";

	private final StatisticLeafStore store;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final AppraisalFinality finality;

	private final ApplicationEventPublisher events;

	private final AuditTrail trail;

	private final Clock clock;

	StatisticAdjustments(StatisticLeafStore store, CampaignCatalog campaigns, FrameworkCatalog frameworks,
			UnitCatalog units, AppraisalFinality finality, ApplicationEventPublisher events, AuditTrails trails,
			Clock clock) {
		this.store = store;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.finality = finality;
		this.events = events;
		this.trail = trails.trail("statistic_leaf_event", "statistics.scoring.event", List.of(ADJUSTED, WITHDRAWN));
		this.clock = clock;
	}

	/** Whether the user may adjust statistic leaves. */
	static boolean mayAdjust(CurrentUser user) {
		return user.has(Role.COUNCIL_CHAIR) || user.has(Role.SECRETARIAT) || user.has(Role.ADMIN);
	}

	/** A campaign's unit and leaf, checked. */
	record Target(CampaignView campaign, UnitView unit, FrameworkNode leaf) {
	}

	/**
	 * Sets the council's points on a statistic leaf.
	 * @param expectedVersion the version the client saw (0: none yet), or {@code null}
	 */
	StatisticLeafStore.Adjustment adjust(long campaignId, String unitCode, String leafCode, BigDecimal points,
			String reason, Integer expectedVersion, CurrentUser user) {
		requireAdjuster(user);
		Target target = target(campaignId, unitCode, leafCode);
		if (points == null) {
			throw Refusal.badRequest("statistics.scoring.error.pointsRequired").onField("points");
		}
		if (points.signum() < 0 || points.compareTo(target.leaf().maxPoints()) > 0) {
			throw Refusal.badRequest("statistics.scoring.error.pointsOutOfRange", target.leaf().maxPoints())
				.onField("points");
		}
		if (points.stripTrailingZeros().scale() > 2) {
			throw Refusal.badRequest("statistics.scoring.error.pointsDecimals").onField("points");
		}
		String why = reason(reason);
		store.lock(campaignId);
		requireOpen(target);
		StatisticLeafStore.Adjustment before = store.adjustment(campaignId, target.unit().id(), target.leaf().code())
			.orElse(null);
		requireVersion(before, expectedVersion);
		StatisticLeafStore.Adjustment saved = store.adjust(campaignId, target.unit().id(), target.leaf().code(), points,
				why, user.getUsername(), clock.instant());
		trail.record(AuditChange.of(campaignId, user.getUsername(), ADJUSTED)
			.scope(campaignId)
			.item(target.unit().code() + " · " + target.leaf().code())
			.values((before != null) ? plain(before.points()) : null, plain(points))
			.reason(why));
		events.publishEvent(LeafFiguresChanged.of(campaignId, target.unit().id()));
		return saved;
	}

	/** Withdraws the council's points: the computed ones count again. */
	void withdraw(long campaignId, String unitCode, String leafCode, String reason, Integer expectedVersion,
			CurrentUser user) {
		requireAdjuster(user);
		Target target = target(campaignId, unitCode, leafCode);
		String why = (reason == null || reason.isBlank()) ? null : Texts.fit(reason.strip(), 2000, "reason");
		store.lock(campaignId);
		requireOpen(target);
		StatisticLeafStore.Adjustment before = store.adjustment(campaignId, target.unit().id(), target.leaf().code())
			.orElseThrow(() -> Refusal.notFound("statistics.scoring.error.noAdjustment", target.leaf().code(),
					target.unit().code()));
		requireVersion(before, expectedVersion);
		store.withdraw(campaignId, target.unit().id(), target.leaf().code());
		trail.record(AuditChange.of(campaignId, user.getUsername(), WITHDRAWN)
			.scope(campaignId)
			.item(target.unit().code() + " · " + target.leaf().code())
			.values(plain(before.points()), null)
			.reason(why));
		events.publishEvent(LeafFiguresChanged.of(campaignId, target.unit().id()));
	}

	/** The campaign's adjustment history, newest first. */
	@Transactional(readOnly = true)
	List<vn.parindex.audit.AuditRecord> history(long campaignId) {
		return trail.of(campaignId);
	}

	/**
	 * The campaign, the unit (by code, taking part) and the leaf (a statistic leaf that
	 * applies to the unit).
	 */
	@Transactional(readOnly = true)
	Target target(long campaignId, String unitCode, String leafCode) {
		CampaignView campaign = campaigns.get(campaignId);
		UnitView unit = units.byCode((unitCode != null) ? unitCode.strip() : "")
			.filter((found) -> campaign.includes(found.id()))
			.orElseThrow(() -> Refusal.notFound("statistics.scoring.error.unitNotInCampaign", unitCode));
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		FrameworkNode leaf = framework.tree()
			.find((leafCode != null) ? leafCode.strip() : "")
			.filter((node) -> framework.tree().isLeaf(node.code()) && node.source() == Source.STATISTIC
					&& node.appliesTo(unit.type()))
			.orElseThrow(() -> Refusal.notFound("statistics.scoring.error.notAStatisticLeaf", leafCode));
		return new Target(campaign, unit, leaf);
	}

	private static void requireAdjuster(CurrentUser user) {
		if (!mayAdjust(user)) {
			throw new AccessDeniedException(
					"Only the council chair and the secretariat adjust statistic leaves, not " + user.getUsername());
		}
	}

	private void requireOpen(Target target) {
		if (finality.finalised(target.campaign().id(), target.unit().id())) {
			throw new Refusal(HttpStatus.CONFLICT, "statistics.scoring.error.finalised", target.unit().code());
		}
	}

	private static void requireVersion(StatisticLeafStore.Adjustment current, Integer expected) {
		int version = (current != null) ? current.version() : 0;
		if (expected != null && expected != version) {
			throw new Refusal(HttpStatus.CONFLICT, "statistics.scoring.error.stale", expected, version);
		}
	}

	private static String plain(BigDecimal points) {
		return points.stripTrailingZeros().toPlainString();
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw Refusal.badRequest("statistics.scoring.error.reasonRequired").onField("reason");
		}
		return Texts.fit(reason.strip(), 2000, "reason");
	}

}
