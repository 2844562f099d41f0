package vn.parindex.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Same configuration as {@link DemoDataTests}, so the demo context is shared. */
@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoStatisticsTests {

	@Autowired
	CampaignCatalog campaigns;

	@Autowired
	DemoStatistics demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyProvinceHasItsQuartersHaNoiTheSeedsOneNoFeedbackFiguresAndOneNoFeedbackAtAll() {
		CampaignView campaign = DemoCampaigns.of(campaigns).orElseThrow();
		String year = Integer.toString(campaign.year());
		// the seeds' records on time and late, added up over the quarters
		assertThat(jdbc.queryForList("""
				select i.code || ' ' || sum(o.numerator)::bigint || '/' || sum(o.denominator)::bigint
				from statistic_observation o join statistic_indicator i on i.id = o.indicator_id
				join units_unit u on u.id = o.unit_id
				where u.code = ? and o.replaced_at is null and o.period like ? || '-Q%'
				  and i.code in ('TTHC_DUNG_HAN_TINH', 'TTHC_DUNG_HAN_HUYEN', 'TTHC_DUNG_HAN_XA')
				group by i.code order by i.code""", String.class, DemoStatistics.SEEDED, year)).containsExactly(
				"TTHC_DUNG_HAN_HUYEN 46500/79640", "TTHC_DUNG_HAN_TINH 82978/86544", "TTHC_DUNG_HAN_XA 97710/112499");
		List<String> units = jdbc.queryForList("""
				select distinct u.code from statistic_observation o join units_unit u on u.id = o.unit_id
				where o.replaced_at is null and o.period like ? || '-Q%'""", String.class, year);
		assertThat(units).hasSize(campaign.unitIds().size() + departments());
		assertThat(feedback(DemoStatistics.WITHOUT_FEEDBACK, year)).isEmpty();
		assertThat(feedback(DemoStatistics.NO_FEEDBACK_RECEIVED, year)).containsOnly("0.0000/0.0000");
		assertThat(feedback("HP", year)).hasSize(4);
		for (String code : List.of("NHIEM_VU_QUA_HAN", "TTHC_DUNG_HAN_TINH", "TTHC_DUNG_HAN_XA", "PAKN_DUNG_HAN",
				"GIAI_NGAN_DTC", "HO_SO_TRUC_TUYEN", "CHU_KY_SO", "TANG_TRUONG_KT", "THU_HUT_DAU_TU", "TTHC_DUNG_HAN",
				"VAN_BAN_DIEN_TU")) {
			assertThat(jdbc.queryForObject("""
					select count(*) from statistic_observation o join statistic_indicator i on i.id = o.indicator_id
					where i.code = ? and o.period like ? || '-Q%'""", Long.class, code, year)).as(code).isPositive();
		}
	}

	@Test
	void runningAgainChangesNothing() {
		Long rows = jdbc.queryForObject("select count(*) from statistic_observation", Long.class);
		demo.onApplicationEvent(null);
		assertThat(jdbc.queryForObject("select count(*) from statistic_observation", Long.class)).isEqualTo(rows);
	}

	private List<String> feedback(String unit, String year) {
		return jdbc.queryForList("""
				select o.numerator || '/' || o.denominator from statistic_observation o
				join statistic_indicator i on i.id = o.indicator_id join units_unit u on u.id = o.unit_id
				where u.code = ? and i.code = 'PAKN_DUNG_HAN' and o.period like ? || '-Q%'""", String.class, unit,
				year);
	}

	private int departments() {
		return jdbc.queryForObject("select count(*) from units_unit where active and type = 'CUC'", Integer.class);
	}

}
