package vn.parindex.campaign;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A phase's dates as stored with its campaign.
 */
@Table("campaign_phase")
record CampaignPhase(Phase phase, LocalDate startsOn, LocalDate deadline) {

	static CampaignPhase of(PhaseDates dates) {
		return new CampaignPhase(dates.phase(), dates.startsOn(), dates.deadline());
	}

	PhaseDates dates() {
		return new PhaseDates(phase, startsOn, deadline);
	}

}
