package vn.parindex.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.RuleKind;
import vn.parindex.units.RestructuringRequest;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;

/**
 * Frameworks, units and campaigns for tests, with unique names so that tests sharing a
 * database never collide.
 */
@Component
class TestCampaigns {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final CampaignCatalog campaigns;

	private final Clock clock;

	TestCampaigns(FrameworkCatalog frameworks, UnitCatalog units, CampaignCatalog campaigns, Clock clock) {
		this.frameworks = frameworks;
		this.units = units;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	static String unique(String prefix) {
		return prefix + "-" + sequence.incrementAndGet() + "-" + ProcessHandle.current().pid();
	}

	long draftFramework() {
		List<FrameworkNode> nodes = List.of(
				new FrameworkNode("1", null, "Lĩnh vực thử", null, null, null, null, null, null, null, false),
				new FrameworkNode("1.1", "1", "Tiêu chí thử", null, new BigDecimal("10"), Source.SELF, RuleKind.MANUAL,
						"step=0.25", null, null, false));
		return frameworks.create(new FrameworkSettings(unique("Bộ chỉ số kỳ"), 2025, "PROVINCE", null, null), nodes,
				"test");
	}

	UnitView unit(String type) {
		String code = unique("KDG").toUpperCase();
		return units.ensure(code, "Đơn vị " + code, type, null);
	}

	/** A unit merged into another, so no longer operating. */
	UnitView ceasedUnit() {
		UnitView old = unit("PROVINCE");
		UnitView successor = unit("PROVINCE");
		units.restructure(RestructuringRequest.merge(List.of(old.code()), successor.code(), today(), null), "test");
		return units.byId(old.id()).orElseThrow();
	}

	long campaign(Set<Long> unitIds, List<PhaseDates> phases) {
		return campaigns.create(new NewCampaign(unique("Kỳ thử"), 2025, draftFramework(), unitIds, phases), "test");
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
	}

	/** Five phases in a row, self-assessment ending {@code daysLeft} days from today. */
	List<PhaseDates> selfAssessmentDueIn(int daysLeft) {
		LocalDate deadline = today().plusDays(daysLeft);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today().minusDays(30), deadline),
				new PhaseDates(Phase.APPRAISAL, deadline.plusDays(1), deadline.plusDays(20)),
				new PhaseDates(Phase.EXPLANATION, deadline.plusDays(21), deadline.plusDays(30)),
				new PhaseDates(Phase.SECOND_APPRAISAL, deadline.plusDays(31), deadline.plusDays(40)),
				new PhaseDates(Phase.PUBLICATION, deadline.plusDays(41), deadline.plusDays(50)));
	}

}
