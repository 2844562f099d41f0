package vn.parindex.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkInfo;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An illustrative campaign on the illustrative provincial framework with the 34
 * provinces, dated around today so that self-assessment is open with its deadline about
 * ten days ahead. It waits until the application is ready because the demo units are
 * added by a runner that comes last; it adds nothing when the campaign exists.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(20)
class DemoCampaigns implements ApplicationListener<ApplicationReadyEvent> {

	static final String NAME = "Kỳ đánh giá CCHC năm 2025 (minh họa)";

	/** The illustrative campaign, once made. */
	static Optional<CampaignView> of(CampaignCatalog campaigns) {
		return campaigns.list().stream().filter((campaign) -> campaign.name().equals(NAME)).findFirst();
	}

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final Clock clock;

	DemoCampaigns(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, Clock clock) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (of(campaigns).isPresent()) {
			return;
		}
		FrameworkInfo framework = frameworks.list()
			.stream()
			.filter((f) -> f.name().equals(DemoFrameworks.PROVINCIAL))
			.findFirst()
			.orElseThrow();
		Set<Long> provinces = units.all()
			.stream()
			.filter((unit) -> unit.active() && unit.type().equals("PROVINCE"))
			.map(UnitView::id)
			.collect(Collectors.toSet());
		campaigns.create(new NewCampaign(NAME, framework.year(), framework.id(), provinces, schedule()), "demo");
	}

	/** Self-assessment open for three weeks already, ten days to go; the rest follows. */
	private List<PhaseDates> schedule() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
		return List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(21), today.plusDays(10)),
				new PhaseDates(Phase.APPRAISAL, today.plusDays(11), today.plusDays(30)),
				new PhaseDates(Phase.EXPLANATION, today.plusDays(31), today.plusDays(40)),
				new PhaseDates(Phase.SECOND_APPRAISAL, today.plusDays(41), today.plusDays(50)),
				new PhaseDates(Phase.PUBLICATION, today.plusDays(51), today.plusDays(60)));
	}

}
