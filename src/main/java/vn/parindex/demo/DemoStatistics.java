package vn.parindex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.statistics.Indicator;
import vn.parindex.statistics.IndicatorStore;
import vn.parindex.statistics.NewObservation;
import vn.parindex.statistics.ObservationChannel;
import vn.parindex.statistics.ObservationStore;
import vn.parindex.statistics.Period;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Illustrative operational statistics (số liệu minh họa) for the demo campaign's year,
 * quarter by quarter, for every province taking part: the indicators the provincial
 * framework's statistic leaves name (overdue tasks, records on time at province and
 * commune level, feedback handled on time, public investment disbursed, online records,
 * digital signatures, growth and investment against plan), and for the ministry's
 * departments the two the internal framework names. Hà Nội carries the seeds' figures
 * (82,978 records on time and 3,566 late at province level; 46,500 and 33,140 at district
 * level; 97,710 and 14,789 at commune level); Cao Bằng sent no feedback figures (no data)
 * and Lai Châu received no feedback at all (0 / 0). The same figures on every database (a
 * fixed seed): written again at every start, they change nothing.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(60)
class DemoStatistics implements ApplicationListener<ApplicationReadyEvent> {

	/** The province with the seeds' figures. */
	static final String SEEDED = "HN";

	/** The province without feedback figures: "no data". */
	static final String WITHOUT_FEEDBACK = "CB";

	/** The province that received no feedback: 0 / 0. */
	static final String NO_FEEDBACK_RECEIVED = "LCH";

	private static final String ACTOR = "demo";

	private static final long SEED = 2025_13L;

	private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	private final ObservationStore observations;

	DemoStatistics(CampaignCatalog campaigns, UnitCatalog units, IndicatorStore indicators,
			ObservationStore observations) {
		this.campaigns = campaigns;
		this.units = units;
		this.indicators = indicators;
		this.observations = observations;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Optional<CampaignView> campaign = DemoCampaigns.of(campaigns);
		if (campaign.isEmpty()) {
			return;
		}
		int year = campaign.get().year();
		Map<String, List<NewObservation>> bySource = new LinkedHashMap<>();
		Random random = new Random(SEED);
		List<UnitView> provinces = units.byIds(campaign.get().unitIds())
			.stream()
			.sorted(java.util.Comparator.comparing(UnitView::code))
			.toList();
		for (UnitView province : provinces) {
			province(province, year, random, bySource);
		}
		for (UnitView department : units.all()) {
			if (department.active() && department.type().equals("CUC")) {
				ratio(bySource, "mot-cua-bo", department, "TTHC_DUNG_HAN", year, random, 300, 2_000, 0.88, 0.99);
				ratio(bySource, "quan-ly-van-ban", department, "VAN_BAN_DIEN_TU", year, random, 800, 3_000, 0.9, 1.0);
			}
		}
		int changed = 0;
		for (Map.Entry<String, List<NewObservation>> batch : bySource.entrySet()) {
			ObservationStore.Written written = observations.write(batch.getValue(), batch.getKey(),
					ObservationChannel.API, ACTOR);
			changed += written.accepted() - written.unchanged();
		}
		log.info("Demo statistics (minh họa) for {}: {} observations, {} new or changed", year,
				bySource.values().stream().mapToInt(List::size).sum(), changed);
	}

	private void province(UnitView province, int year, Random random, Map<String, List<NewObservation>> bySource) {
		if (province.code().equals(SEEDED)) {
			split(bySource, "mot-cua-tinh", province, "TTHC_DUNG_HAN_TINH", year, 82_978, 3_566);
			split(bySource, "mot-cua-tinh", province, "TTHC_DUNG_HAN_HUYEN", year, 46_500, 33_140);
			split(bySource, "mot-cua-tinh", province, "TTHC_DUNG_HAN_XA", year, 97_710, 14_789);
		}
		else {
			ratio(bySource, "mot-cua-tinh", province, "TTHC_DUNG_HAN_TINH", year, random, 5_000, 25_000, 0.85, 0.995);
			ratio(bySource, "mot-cua-tinh", province, "TTHC_DUNG_HAN_XA", year, random, 8_000, 40_000, 0.75, 0.98);
		}
		if (province.code().equals(NO_FEEDBACK_RECEIVED)) {
			for (Period quarter : Period.year(year).quarters()) {
				add(bySource, "he-thong-pakn", province, "PAKN_DUNG_HAN", quarter, BigDecimal.ZERO, BigDecimal.ZERO);
			}
		}
		else if (!province.code().equals(WITHOUT_FEEDBACK)) {
			ratio(bySource, "he-thong-pakn", province, "PAKN_DUNG_HAN", year, random, 20, 300, 0.7, 1.0);
		}
		ratio(bySource, "mot-cua-tinh", province, "HO_SO_TRUC_TUYEN", year, random, 10_000, 60_000, 0.3, 0.8);
		ratio(bySource, "quan-ly-van-ban", province, "CHU_KY_SO", year, random, 5_000, 30_000, 0.85, 1.0);
		for (Period quarter : Period.year(year).quarters()) {
			int overdue = (random.nextInt(10) < 7) ? 0 : 1 + random.nextInt(2);
			List<NewObservation> batch = bySource.computeIfAbsent("van-phong-ubnd", (source) -> new ArrayList<>());
			indicator("NHIEM_VU_QUA_HAN").ifPresent((indicator) -> batch
				.add(NewObservation.value(province.id(), indicator.id(), quarter, BigDecimal.valueOf(overdue))));
		}
		// year to date against the year's plan: the last quarter's figure is the year's
		cumulative(bySource, "so-tai-chinh", province, "GIAI_NGAN_DTC", year, random, 2_000, 40_000,
				new double[] { 0.12, 0.33, 0.58, 0.86 }, 0.15);
		cumulative(bySource, "cuc-thong-ke", province, "TANG_TRUONG_KT", year, random, 6, 10,
				new double[] { 0.85, 0.9, 0.95, 1.0 }, 0.2);
		cumulative(bySource, "so-ke-hoach-dau-tu", province, "THU_HUT_DAU_TU", year, random, 5_000, 80_000,
				new double[] { 0.2, 0.45, 0.7, 0.95 }, 0.25);
	}

	/**
	 * A year's on-time and late records spread over its quarters (22%, 24%, 26%, 28%).
	 */
	private void split(Map<String, List<NewObservation>> bySource, String source, UnitView unit, String code, int year,
			long onTime, long late) {
		double[] shares = { 0.22, 0.24, 0.26 };
		long onTimeLeft = onTime;
		long lateLeft = late;
		List<Period> quarters = Period.year(year).quarters();
		for (int q = 0; q < quarters.size(); q++) {
			long good = (q < shares.length) ? Math.round(onTime * shares[q]) : onTimeLeft;
			long bad = (q < shares.length) ? Math.round(late * shares[q]) : lateLeft;
			onTimeLeft -= good;
			lateLeft -= bad;
			add(bySource, source, unit, code, quarters.get(q), BigDecimal.valueOf(good),
					BigDecimal.valueOf(good + bad));
		}
	}

	/** A ratio per quarter: a denominator in a range and a rate in a range. */
	private void ratio(Map<String, List<NewObservation>> bySource, String source, UnitView unit, String code, int year,
			Random random, int least, int most, double lowRate, double highRate) {
		for (Period quarter : Period.year(year).quarters()) {
			long denominator = least + random.nextInt(most - least + 1);
			double rate = lowRate + random.nextDouble() * (highRate - lowRate);
			long numerator = Math.min(denominator, Math.round(denominator * rate));
			add(bySource, source, unit, code, quarter, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
		}
	}

	/** A year-to-date figure against the year's plan, quarter by quarter. */
	private void cumulative(Map<String, List<NewObservation>> bySource, String source, UnitView unit, String code,
			int year, Random random, int least, int most, double[] path, double spread) {
		BigDecimal plan = BigDecimal.valueOf(least + random.nextInt(most - least + 1));
		double pace = 1 - spread + random.nextDouble() * spread * 1.2;
		List<Period> quarters = Period.year(year).quarters();
		for (int q = 0; q < quarters.size(); q++) {
			BigDecimal done = plan.multiply(BigDecimal.valueOf(path[q] * pace)).setScale(1, RoundingMode.HALF_UP);
			add(bySource, source, unit, code, quarters.get(q), done, plan);
		}
	}

	private void add(Map<String, List<NewObservation>> bySource, String source, UnitView unit, String code,
			Period period, BigDecimal numerator, BigDecimal denominator) {
		indicator(code).ifPresent((indicator) -> bySource.computeIfAbsent(source, (s) -> new ArrayList<>())
			.add(NewObservation.ratio(unit.id(), indicator.id(), period, numerator, denominator)));
	}

	private final Map<String, Optional<Indicator>> catalog = new java.util.HashMap<>();

	private Optional<Indicator> indicator(String code) {
		return catalog.computeIfAbsent(code, indicators::byCode);
	}

}
