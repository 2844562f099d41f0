package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign as other modules read it.
 *
 * @param unitIds the participating units
 * @param phases the phases with their dates, in {@link Phase} order; a campaign may leave
 * some out
 */
public record CampaignView(long id, String name, int year, long frameworkId, Set<Long> unitIds,
		List<PhaseDates> phases) {

	public CampaignView {
		unitIds = Set.copyOf(unitIds);
		phases = List.copyOf(phases);
	}

	public Optional<PhaseDates> phase(Phase phase) {
		return phases.stream().filter((dates) -> dates.phase() == phase).findFirst();
	}

	public boolean includes(long unitId) {
		return unitIds.contains(unitId);
	}

	/** Days from {@code today} to the phase's deadline; negative once it has passed. */
	public Optional<Long> daysToDeadline(Phase phase, LocalDate today) {
		return phase(phase).map((dates) -> java.time.temporal.ChronoUnit.DAYS.between(today, dates.deadline()));
	}

}
