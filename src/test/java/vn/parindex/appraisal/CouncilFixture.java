package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.LeafEntry;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.assessment.SheetInputs;
import vn.parindex.assessment.SheetReview;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stands in for the appraisers' own pages: records decisions on a sheet (on the sheet and
 * in the council's record) and questions with answers, the way the appraisal's review
 * pages do.
 */
@Component
public class CouncilFixture {

	private final SheetFixture sheets;

	private final SheetReview review;

	private final SheetInputs inputs;

	private final TestAccounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	CouncilFixture(SheetFixture sheets, SheetReview review, SheetInputs inputs, TestAccounts accounts, JdbcClient jdbc,
			Clock clock) {
		this.sheets = sheets;
		this.review = review;
		this.inputs = inputs;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A submitted sheet (9 of 12 self-assessed points, 2.2 claimed not applicable) with
	 * every leaf decided: 1.1 adjusted 3 → 2.5, 2.2's claim rejected with 1 of 2 points,
	 * the rest accepted. Appraised: 9.5 of 14.
	 */
	public SheetFixture.Scene decided() {
		SheetFixture.Scene scene = sheets.submitted();
		decide(scene, "1.1", new BigDecimal("2.5"), null, "Thiếu kế hoạch quý IV", "thamdinh.a", 1);
		decide(scene, "1.2", new BigDecimal("2"), null, null, "thamdinh.a", 1);
		decide(scene, "1.3", new BigDecimal("2"), null, null, "thamdinh.a", 1);
		decide(scene, "2.1", new BigDecimal("2"), null, null, "thamdinh.a", 1);
		decide(scene, "2.2", BigDecimal.ONE, false, "Có 2 nhiệm vụ quá hạn", "thamdinh.a", 1);
		return scene;
	}

	public SheetFixture.Scene submitted() {
		return sheets.submitted();
	}

	public SheetFixture.Scene scene() {
		return sheets.scene();
	}

	/** Records one decision as the appraisal's review page does. */
	public void decide(SheetFixture.Scene scene, String leaf, BigDecimal points, Boolean verdict, String reason,
			String appraiser, int round) {
		decide(scene.campaign(), scene.unit().id(), leaf, points, verdict, reason, appraiser, round);
	}

	public void decide(long campaign, long unit, String leaf, BigDecimal points, Boolean verdict, String reason,
			String appraiser, int round) {
		LeafEntry before = inputs.forUnit(campaign, unit).orElseThrow().entry(leaf);
		review.appraise(campaign, unit, leaf, points, verdict, reason, appraiser);
		String kind = (verdict != null) ? (verdict ? "CLAIM_ACCEPTED" : "CLAIM_REJECTED")
				: (before.selfPoints() != null && points.compareTo(before.selfPoints()) == 0) ? "ACCEPTED" : "ADJUSTED";
		jdbc.sql("""
				insert into appraisal_decision (campaign_id, unit_id, leaf_code, round, kind, self_points,
				    appraised_points, reason, bulk, decided_at, decided_by)
				values (:campaign, :unit, :leaf, :round, :kind, :self, :points, :reason, false, :at, :by)
				""")
			.param("campaign", campaign)
			.param("unit", unit)
			.param("leaf", leaf)
			.param("round", round)
			.param("kind", kind)
			.param("self", before.selfPoints())
			.param("points", points)
			.param("reason", reason)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", appraiser)
			.update();
	}

	/** Asks a question on a leaf; returns its id. */
	public long ask(SheetFixture.Scene scene, String leaf, int round, String question, String appraiser) {
		return jdbc.sql("""
				insert into appraisal_question (campaign_id, unit_id, leaf_code, round, question, asked_at, asked_by)
				values (:campaign, :unit, :leaf, :round, :question, :at, :by) returning id
				""")
			.param("campaign", scene.campaign())
			.param("unit", scene.unit().id())
			.param("leaf", leaf)
			.param("round", round)
			.param("question", question)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", appraiser)
			.query(Long.class)
			.single();
	}

	public void answer(long question, String answer, String by) {
		jdbc.sql("update appraisal_question set answer = :answer, answered_at = :at, answered_by = :by where id = :id")
			.param("answer", answer)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", Objects.requireNonNull(by))
			.param("id", question)
			.update();
	}

	public UserView chair() {
		return accounts.create(Role.COUNCIL_CHAIR);
	}

	public UserView appraiser() {
		return accounts.create(Role.APPRAISER);
	}

	public CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

}
