package vn.parindex.statistics;

import java.util.List;

import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.framework.FrameworkView;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * A campaign for the quarterly board's tests (public: the browser tests use it too).
 * Framework: {@code 1.1} tiers on a ratio (100% → 4, 80% → 2, else 0), {@code 1.2} a
 * deduction of 0.5 per overdue task from 2, {@code 1.3} a self-assessed leaf of 4 never
 * scored. Units and their figures (on time / received; overdue tasks):
 * <ul>
 * <li>{@code fell}: Q2 90/100, 1 task; Q3 70/100, 3 tasks — below the 80% tier it
 * reached</li>
 * <li>{@code noData}: Q2 100/100; nothing in Q3</li>
 * <li>{@code zero}: Q2 50/100; Q3 0/0 (not applicable), 0 tasks</li>
 * <li>{@code rose}: Q1 60/100, Q2 70/100, Q3 85/100, 2 tasks in Q3</li>
 * </ul>
 * Each unit has a leader and an officer; an officer of a unit outside the campaign.
 */
@Component
public class StatisticsBoardScene {

	private final StatisticsFixture fixture;

	private final TestAccounts accounts;

	StatisticsBoardScene(StatisticsFixture fixture, TestAccounts accounts) {
		this.fixture = fixture;
		this.accounts = accounts;
	}

	public record Scene(long campaign, FrameworkView framework, Indicator onTime, Indicator overdue, UnitView fell,
			UnitView noData, UnitView zero, UnitView rose, UnitView outside, UserView fellLeader, UserView fellOfficer,
			UserView roseOfficer, UserView outsideOfficer) {

		public List<UnitView> units() {
			return List.of(fell, noData, zero, rose);
		}

	}

	public Scene create() {
		Indicator onTime = fixture.ratio();
		Indicator overdue = fixture.indicator(IndicatorKind.COUNT, PeriodAggregation.SUM, false);
		FrameworkView framework = fixture.framework(false, StatisticsFixture.area("1"),
				StatisticsFixture.statistic("1.1", "1", "4", RuleKind.RATIO_TIERS,
						"indicator=" + onTime.code() + "; 100%=100%; 80%=50%; 0%=0"),
				StatisticsFixture.statistic("1.2", "1", "2", RuleKind.DEDUCTION,
						"indicator=" + overdue.code() + "; step=0.5"),
				StatisticsFixture.self("1.3", "1", "4"));
		UnitView fell = fixture.province();
		UnitView noData = fixture.province();
		UnitView zero = fixture.province();
		UnitView rose = fixture.province();
		UnitView outside = fixture.province();
		long campaign = fixture.campaign(framework.id(), StatisticsFixture.ids(fell, noData, zero, rose));
		fixture.ratio(fell, onTime, "2026-Q2", 90, 100, "mot-cua");
		fixture.ratio(fell, onTime, "2026-Q3", 70, 100, "mot-cua");
		fixture.value(fell, overdue, "2026-Q2", "1", "van-phong");
		fixture.value(fell, overdue, "2026-Q3", "3", "van-phong");
		fixture.ratio(noData, onTime, "2026-Q2", 100, 100, "mot-cua");
		fixture.ratio(zero, onTime, "2026-Q2", 50, 100, "mot-cua");
		fixture.ratio(zero, onTime, "2026-Q3", 0, 0, "mot-cua");
		fixture.value(zero, overdue, "2026-Q3", "0", "van-phong");
		fixture.ratio(rose, onTime, "2026-Q1", 60, 100, "mot-cua");
		fixture.ratio(rose, onTime, "2026-Q2", 70, 100, "mot-cua");
		fixture.ratio(rose, onTime, "2026-Q3", 85, 100, "mot-cua");
		fixture.value(rose, overdue, "2026-Q3", "2", "van-phong");
		return new Scene(campaign, framework, onTime, overdue, fell, noData, zero, rose, outside,
				accounts.create(Role.UNIT_LEADER, fell.id()), accounts.create(Role.UNIT_OFFICER, fell.id()),
				accounts.create(Role.UNIT_OFFICER, rose.id()), accounts.create(Role.UNIT_OFFICER, outside.id()));
	}

	public UserView user(Role role) {
		return accounts.create(role);
	}

}
