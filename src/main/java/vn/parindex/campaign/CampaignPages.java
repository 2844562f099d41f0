package vn.parindex.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkInfo;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the campaign pages show besides the campaign itself: today in Vietnam, framework
 * names, the units and unit types to choose from.
 */
@Component
class CampaignPages {

	private final FrameworkCatalog frameworks;

	private final Participants participants;

	private final Clock clock;

	CampaignPages(FrameworkCatalog frameworks, Participants participants, Clock clock) {
		this.frameworks = frameworks;
		this.participants = participants;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), PhaseDates.ZONE);
	}

	List<CampaignRow> rows(Collection<CampaignView> campaigns) {
		Map<Long, String> names = frameworks.list()
			.stream()
			.collect(Collectors.toMap(FrameworkInfo::id, FrameworkInfo::name));
		LocalDate today = today();
		return campaigns.stream().map((campaign) -> CampaignRow.of(campaign, names, today)).toList();
	}

	/** The framework select offers every framework a campaign may still use. */
	void formChoices(Model model) {
		model.addAttribute("frameworks",
				frameworks.list().stream().filter((f) -> f.status() != FrameworkStatus.FROZEN).toList());
		unitChoices(model);
	}

	void unitChoices(Model model) {
		List<UnitView> active = participants.active();
		model.addAttribute("units", active);
		model.addAttribute("unitTypes", active.stream().map(UnitView::type).distinct().sorted().toList());
	}

	/** Participants resolved from a form: all of a type, or the ones ticked. */
	Set<Long> chosen(String unitType, List<Long> unitIds) {
		return (unitType != null && !unitType.isBlank()) ? participants.ofType(unitType)
				: participants.byIds(CampaignForms.nonNull(unitIds));
	}

	void overview(CampaignView campaign, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("row", rows(List.of(campaign)).get(0));
		model.addAttribute("timeline", PhaseStatus.timeline(campaign, today()));
		Map<Long, UnitView> all = participants.all();
		model.addAttribute("participants",
				all.values().stream().filter((unit) -> campaign.includes(unit.id())).toList());
	}

}
