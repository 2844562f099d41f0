package vn.parindex.campaign;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A reminder that a unit's self-assessment is due in {@code daysBefore} days.
 */
record Reminder(CampaignView campaign, long unitId, int daysBefore) {

	static final String MESSAGE = "campaign.notice.selfAssessmentDue";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	long campaignId() {
		return campaign.id();
	}

	String link() {
		return "/campaigns/" + campaign.id();
	}

	/** Campaign name, days left, deadline: the arguments of {@link #MESSAGE}. */
	List<String> arguments() {
		String deadline = campaign.phase(Phase.SELF_ASSESSMENT).map((p) -> DAY.format(p.deadline())).orElse("");
		return List.of(campaign.name(), String.valueOf(daysBefore), deadline);
	}

}
