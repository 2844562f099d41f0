package vn.parindex.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Where a phase stands on a given day in Vietnam, as the campaign pages show it.
 *
 * @param daysToDeadline negative once the deadline has passed
 */
record PhaseStatus(PhaseDates dates, State state, long daysToDeadline) {

	/** Within this many days a deadline is shown as close. */
	static final int SOON = 3;

	enum State {

		UPCOMING, OPEN, CLOSED

	}

	static PhaseStatus of(PhaseDates dates, LocalDate today) {
		State state = today.isBefore(dates.startsOn()) ? State.UPCOMING
				: today.isAfter(dates.deadline()) ? State.CLOSED : State.OPEN;
		return new PhaseStatus(dates, state, ChronoUnit.DAYS.between(today, dates.deadline()));
	}

	static List<PhaseStatus> timeline(CampaignView campaign, LocalDate today) {
		return campaign.phases().stream().map((dates) -> of(dates, today)).toList();
	}

	/**
	 * The phase the campaign is in: the last one that has started, or the first one while
	 * none has.
	 */
	static Optional<PhaseStatus> current(CampaignView campaign, LocalDate today) {
		List<PhaseStatus> timeline = timeline(campaign, today);
		return timeline.stream()
			.filter((status) -> status.state() != State.UPCOMING)
			.reduce((first, second) -> second)
			.or(() -> timeline.stream().findFirst());
	}

	/** Public, as every method the templates call. */
	public Phase phase() {
		return dates.phase();
	}

	/** The phase is over but the next one has not begun: someone is late. */
	public boolean overdue() {
		return state == State.CLOSED && dates.phase() != Phase.PUBLICATION;
	}

	public boolean dueSoon() {
		return state == State.OPEN && daysToDeadline <= SOON;
	}

	public long daysLate() {
		return -daysToDeadline;
	}

}
