package vn.parindex.campaign;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditRecord;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkInfo;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign module's service. Reads are what other modules use; the rest serves the
 * campaign pages and API. Every change is recorded in the campaign's history.
 */
@Service
@Transactional
public class CampaignCatalog {

	static final String CREATED = "CREATED";

	static final String UNITS_CHANGED = "UNITS_CHANGED";

	static final String DATES_CHANGED = "DATES_CHANGED";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Comparator<CampaignView> NEWEST_FIRST = Comparator.comparingInt(CampaignView::year)
		.thenComparingLong(CampaignView::id)
		.reversed();

	private final Campaigns campaigns;

	private final AuditTrail history;

	private final FrameworkCatalog frameworks;

	private final Participants participants;

	CampaignCatalog(Campaigns campaigns, AuditTrails trails, FrameworkCatalog frameworks, Participants participants) {
		this.campaigns = campaigns;
		this.history = trails.trail("campaign_event", "campaign.event", Set.of(CREATED, UNITS_CHANGED, DATES_CHANGED));
		this.frameworks = frameworks;
		this.participants = participants;
	}

	/** Every campaign, newest first. */
	@Transactional(readOnly = true)
	public List<CampaignView> list() {
		return campaigns.findAll().stream().map(Campaign::view).sorted(NEWEST_FIRST).toList();
	}

	/**
	 * @throws Refusal with status 404 when there is no such campaign
	 */
	@Transactional(readOnly = true)
	public CampaignView get(long id) {
		return find(id).view();
	}

	/**
	 * The campaign's framework, without loading its units.
	 * @throws Refusal with status 404 when there is no such campaign
	 */
	@Transactional(readOnly = true)
	public long frameworkId(long id) {
		return campaigns.frameworkId(id).orElseThrow(() -> Refusal.notFound("campaign.error.notFound", id));
	}

	/**
	 * The units taking part in the campaign, in id order, in one query: what recomputing
	 * results reads, without loading the campaign (a national one has 10,000 units).
	 */
	@Transactional(readOnly = true)
	public List<Long> unitIds(long id) {
		return campaigns.unitIds(id);
	}

	/** Which of the given units take part in the campaign, in id order. */
	@Transactional(readOnly = true)
	public List<Long> unitIds(long id, Collection<Long> among) {
		return among.isEmpty() ? List.of() : campaigns.unitIds(id, among);
	}

	/** The campaigns a unit takes part in, newest first. */
	@Transactional(readOnly = true)
	public List<CampaignView> forUnit(long unitId) {
		return list().stream().filter((campaign) -> campaign.includes(unitId)).toList();
	}

	/**
	 * The campaigns a user may read: all of them for the roles that see every unit, those
	 * of her unit for a unit leader or officer.
	 */
	@Transactional(readOnly = true)
	public List<CampaignView> visibleTo(CurrentUser user) {
		return list().stream().filter((campaign) -> visible(campaign, user)).toList();
	}

	/**
	 * @throws AccessDeniedException when the user's unit does not take part
	 */
	@Transactional(readOnly = true)
	public CampaignView get(long id, CurrentUser user) {
		CampaignView campaign = get(id);
		if (!visible(campaign, user)) {
			throw new AccessDeniedException("campaign " + id + " is not visible to " + user.getUsername());
		}
		return campaign;
	}

	/**
	 * Opens a campaign. Its framework becomes active (scores will be computed against
	 * it); a frozen one belongs to a finished year and is refused.
	 */
	public long create(NewCampaign request, String actor) {
		useFramework(request.frameworkId(), actor);
		Set<Long> unitIds = participants.byIds(request.unitIds());
		Campaign saved = campaigns
			.save(Campaign.open(request.name(), request.year(), request.frameworkId(), unitIds, request.phases()));
		history.record(line(saved.id(), actor, CREATED).values(null, codes(unitIds) + "; " + dates(request.phases())));
		return saved.id();
	}

	public void changeUnits(long id, Collection<Long> unitIds, String actor) {
		Campaign campaign = find(id);
		Campaign.UnitChange change = campaign.changeUnits(participants.byIds(unitIds));
		if (!change.none()) {
			campaigns.save(campaign);
			history.record(line(id, actor, UNITS_CHANGED).values(null,
					"+ " + codes(change.added()) + "; − " + codes(change.removed())));
		}
	}

	public void reschedule(long id, List<PhaseDates> phases, String actor) {
		Campaign campaign = find(id);
		String before = dates(campaign.view().phases());
		campaign.reschedule(phases);
		campaigns.save(campaign);
		history.record(line(id, actor, DATES_CHANGED).values(before, dates(phases)));
	}

	@Transactional(readOnly = true)
	public List<AuditRecord> history(long id) {
		find(id);
		return history.of(id);
	}

	private static AuditChange line(long campaignId, String actor, String action) {
		return AuditChange.of(campaignId, actor, action).scope(campaignId);
	}

	static boolean visible(CampaignView campaign, CurrentUser user) {
		boolean seesAll = user.roles().stream().anyMatch(vn.parindex.accounts.Role::seesAllUnits);
		return seesAll || (user.unitId() != null && campaign.includes(user.unitId()));
	}

	private void useFramework(long frameworkId, String actor) {
		FrameworkInfo framework = frameworks.list()
			.stream()
			.filter((info) -> info.id() == frameworkId)
			.findFirst()
			.orElseThrow(() -> Refusal.badRequest("campaign.error.frameworkNotFound", frameworkId));
		if (framework.status() == FrameworkStatus.FROZEN) {
			throw Refusal.badRequest("campaign.error.frameworkFrozen", framework.name());
		}
		if (framework.status() == FrameworkStatus.DRAFT) {
			frameworks.activate(frameworkId, actor);
		}
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> Refusal.notFound("campaign.error.notFound", id));
	}

	private String codes(Set<Long> unitIds) {
		Map<Long, UnitView> units = participants.all();
		return unitIds.stream()
			.map((unitId) -> units.containsKey(unitId) ? units.get(unitId).code() : "#" + unitId)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static String dates(List<PhaseDates> phases) {
		return phases.stream()
			.sorted(Comparator.comparing(PhaseDates::phase))
			.map((p) -> p.phase() + " " + DAY.format(p.startsOn()) + "–" + DAY.format(p.deadline()))
			.collect(Collectors.joining("; "));
	}

}
