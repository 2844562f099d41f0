package vn.parindex.statistics;

import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/** The scene of the statistic scoring tests. */
@Component
class StatisticScoringScenes {

	private final StatisticsFixture fixture;

	private final TestAccounts accounts;

	private final StatisticLeafScores scores;

	StatisticScoringScenes(StatisticsFixture fixture, TestAccounts accounts, StatisticLeafScores scores) {
		this.fixture = fixture;
		this.accounts = accounts;
		this.scores = scores;
	}

	/**
	 * Two provinces in a campaign of 2026; three ratio leaves of area 1 fed by the seeds'
	 * records on time per level, area 2 with a deduction, a 0 / 0 ratio under each zero
	 * policy and an indicator nobody sent.
	 */
	record Scene(UnitView province, UnitView other, long campaign, FrameworkView framework, Indicator tinh,
			Indicator huyen, Indicator xa, Indicator overdue, Indicator feedback, Indicator missing,
			UserView secretariat) {

		String results() {
			return "/api/v1/campaigns/" + campaign + "/results";
		}

	}

	Scene scene(boolean roundComputed) {
		UnitView province = fixture.province();
		UnitView other = fixture.province();
		Indicator tinh = fixture.ratio();
		Indicator huyen = fixture.ratio();
		Indicator xa = fixture.ratio();
		Indicator overdue = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		Indicator feedback = fixture.ratio();
		Indicator missing = fixture.ratio();
		FrameworkView framework = fixture.framework(roundComputed, StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + tinh.code() + "; linear"),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.RATIO_TIERS,
						"indicator=" + huyen.code() + "; linear"),
				StatisticsFixture
					.statistic("1.3", "1", "2", RuleKind.RATIO_TIERS, "indicator=" + xa.code() + "; linear"),
				StatisticsFixture.area("2"),
				StatisticsFixture.statistic("2.1", "2", "1.5", RuleKind.DEDUCTION,
						"indicator=" + overdue.code() + "; step=0.5"),
				StatisticsFixture.statistic("2.2", "2", "2", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear"),
				StatisticsFixture.statistic("2.3", "2", "1", RuleKind.RATIO_TIERS,
						"indicator=" + feedback.code() + "; linear; zero=full"),
				StatisticsFixture.statistic("2.4", "2", "1", RuleKind.RATIO_TIERS,
						"indicator=" + missing.code() + "; linear"));
		long campaign = fixture.campaign(framework.id(), StatisticsFixture.ids(province, other));
		return new Scene(province, other, campaign, framework, tinh, huyen, xa, overdue, feedback, missing,
				accounts.create(Role.SECRETARIAT));
	}

	/**
	 * The seeds' records on time per level, by quarter; a task overdue; 0 / 0 feedback.
	 */
	void observe(Scene s) {
		fixture.ratio(s.province(), s.tinh(), "2026-Q1", 40_000, 41_500, "mot-cua-tinh");
		fixture.ratio(s.province(), s.tinh(), "2026-Q2", 42_978, 45_044, "mot-cua-tinh");
		fixture.ratio(s.province(), s.huyen(), "2026", 46_500, 79_640, "mot-cua-tinh");
		fixture.ratio(s.province(), s.xa(), "2026", 97_710, 112_499, "mot-cua-tinh");
		fixture.value(s.province(), s.overdue(), "2026-Q1", "1", "van-phong");
		fixture.ratio(s.province(), s.feedback(), "2026", 0, 0, "pakn");
	}

	/** A scene with its observations, scored. */
	Scene observed(boolean roundComputed) {
		Scene s = scene(roundComputed);
		observe(s);
		scores.flush();
		return s;
	}

}
