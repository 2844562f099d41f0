package vn.parindex.appraisal;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;
import vn.parindex.audit.AuditChange;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.problem.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who appraises what (phân công thẩm định): the secretariat assigns appraisers to a
 * unit's whole sheet or to an area across the campaign's units. Every assignment and
 * removal is audited.
 */
@Service
@Transactional
class Assignments {

	private static final String COLUMNS = "id, campaign_id, appraiser, unit_id, area_code, assigned_at, assigned_by";

	private final JdbcClient jdbc;

	private final AppraisalTrail trail;

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final AccountService accounts;

	Assignments(JdbcClient jdbc, AppraisalTrail trail, CampaignCatalog campaigns, FrameworkCatalog frameworks,
			AccountService accounts) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public List<Assignment> forCampaign(long campaignId) {
		return jdbc
			.sql("select " + COLUMNS + " from appraisal_assignment where campaign_id = :c order by appraiser, id")
			.param("c", campaignId)
			.query(Assignments::assignment)
			.list();
	}

	/** Every assignment of one appraiser, in all campaigns. */
	@Transactional(readOnly = true)
	public List<Assignment> forAppraiser(String username) {
		return jdbc
			.sql("select " + COLUMNS + " from appraisal_assignment where appraiser = :a order by campaign_id, id")
			.param("a", username)
			.query(Assignments::assignment)
			.list();
	}

	/** The users who may be assigned: those with the appraiser role. */
	@Transactional(readOnly = true)
	public List<UserView> appraisers() {
		return accounts.list(null).stream().filter((user) -> user.roles().contains(Role.APPRAISER)).toList();
	}

	/** Assigns an appraiser to a unit's sheet or (exactly one of both) to an area. */
	public Assignment assign(long campaignId, String appraiser, Long unitId, String areaCode, CurrentUser actor) {
		requireSecretariat(actor);
		CampaignView campaign = campaigns.get(campaignId);
		String area = (areaCode == null || areaCode.isBlank()) ? null : areaCode.strip();
		if ((unitId == null) == (area == null)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.assignmentTarget");
		}
		if (unitId != null && !campaign.includes(unitId)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.unitNotInCampaign");
		}
		if (area != null) {
			FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
			if (tree.areas().stream().noneMatch((node) -> node.code().equals(area))) {
				throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.unknownArea", area);
			}
		}
		String username = (appraiser == null) ? "" : appraiser.strip();
		if (username.isEmpty() || !accounts.exists(username) || !accounts.principal(username).has(Role.APPRAISER)) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.notAnAppraiser", username);
		}
		username = accounts.principal(username).getUsername();
		try {
			long id = jdbc
				.sql("""
						insert into appraisal_assignment (campaign_id, appraiser, unit_id, area_code, assigned_at, assigned_by)
						values (:c, :a, :u, :area, :at, :by) returning id
						""")
				.param("c", campaignId)
				.param("a", username)
				.param("u", unitId)
				.param("area", area)
				.param("at", Timestamp.from(trail.now()))
				.param("by", actor.getUsername())
				.query(Long.class)
				.single();
			trail.record(AuditChange.of(unitId, actor.getUsername(), "ASSIGNED")
				.scope(campaignId)
				.values(null, describe(username, unitId, area)));
			return find(campaignId, id);
		}
		catch (DuplicateKeyException ex) {
			throw new Refusal(HttpStatus.CONFLICT, "appraisal.error.alreadyAssigned");
		}
	}

	/** Removes an assignment; the removal stays in the module's audit trail. */
	public void remove(long campaignId, long assignmentId, CurrentUser actor) {
		requireSecretariat(actor);
		Assignment assignment = find(campaignId, assignmentId);
		jdbc.sql("delete from appraisal_assignment where id = :id").param("id", assignmentId).update();
		trail.record(AuditChange.of(assignment.unitId(), actor.getUsername(), "UNASSIGNED")
			.scope(campaignId)
			.values(null, describe(assignment.appraiser(), assignment.unitId(), assignment.areaCode())));
	}

	/** What the user decides on one sheet. */
	@Transactional(readOnly = true)
	public AppraiserScope scope(CurrentUser user, long campaignId, long unitId) {
		if (user.has(Role.SECRETARIAT) || user.has(Role.COUNCIL_CHAIR)) {
			return AppraiserScope.ALL;
		}
		if (!user.has(Role.APPRAISER)) {
			return AppraiserScope.NONE;
		}
		boolean whole = false;
		Set<String> areas = new HashSet<>();
		for (Assignment assignment : forAppraiser(user.getUsername())) {
			if (assignment.campaignId() != campaignId) {
				continue;
			}
			if (assignment.unitId() != null) {
				whole |= assignment.unitId() == unitId;
			}
			else {
				areas.add(assignment.areaCode());
			}
		}
		return new AppraiserScope(whole, areas);
	}

	/**
	 * Whether an appraiser may read the sheet: the unit is assigned to her, or an area in
	 * that campaign.
	 */
	@Transactional(readOnly = true)
	public boolean mayReview(String username, long campaignId, long unitId) {
		return jdbc.sql("""
				select exists (select 1 from appraisal_assignment where appraiser = :a and campaign_id = :c
				    and (unit_id = :u or area_code is not null))
				""").param("a", username).param("c", campaignId).param("u", unitId).query(Boolean.class).single();
	}

	private Assignment find(long campaignId, long id) {
		return jdbc.sql("select " + COLUMNS + " from appraisal_assignment where id = :id and campaign_id = :c")
			.param("id", id)
			.param("c", campaignId)
			.query(Assignments::assignment)
			.optional()
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.noSuchAssignment"));
	}

	static void requireSecretariat(CurrentUser user) {
		if (!(user.has(Role.SECRETARIAT) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only the secretariat assigns appraisers");
		}
	}

	private static String describe(String appraiser, Long unitId, String area) {
		return appraiser + ((unitId != null) ? " unit=" + unitId : " area=" + area);
	}

	private static Assignment assignment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new Assignment(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("appraiser"), unitId,
				rs.getString("area_code"), rs.getTimestamp("assigned_at").toInstant(), rs.getString("assigned_by"));
	}

}
