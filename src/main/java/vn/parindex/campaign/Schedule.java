package vn.parindex.campaign;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.parindex.problem.Refusal;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules a campaign's dates follow, so that units and the council always know which
 * phase they are in: each phase starts no later than its deadline, and phases start in
 * {@link Phase} order (a phase may start before the previous one ends, not before it
 * starts).
 */
final class Schedule {

	private Schedule() {
	}

	/**
	 * The phases sorted in {@link Phase} order.
	 * @throws Refusal naming the first phase that breaks a rule
	 */
	static List<PhaseDates> check(List<PhaseDates> phases) {
		List<PhaseDates> sorted = phases.stream().sorted(Comparator.comparing(PhaseDates::phase)).toList();
		Set<Phase> seen = EnumSet.noneOf(Phase.class);
		PhaseDates previous = null;
		for (PhaseDates dates : sorted) {
			if (dates.phase() == null || dates.startsOn() == null || dates.deadline() == null) {
				throw Refusal.badRequest("campaign.error.phaseIncomplete");
			}
			if (!seen.add(dates.phase())) {
				throw Refusal.badRequest("campaign.error.phaseTwice", label(dates.phase()));
			}
			if (dates.startsOn().isAfter(dates.deadline())) {
				throw Refusal.badRequest("campaign.error.startsAfterDeadline", label(dates.phase()));
			}
			if (previous != null && dates.startsOn().isBefore(previous.startsOn())) {
				throw Refusal.badRequest("campaign.error.startsBeforePrevious", label(dates.phase()),
						label(previous.phase()));
			}
			previous = dates;
		}
		return sorted;
	}

	/** A phase's name, worded in the reader's language when the message is resolved. */
	static DefaultMessageSourceResolvable label(Phase phase) {
		return new DefaultMessageSourceResolvable("campaign.phase." + phase.name());
	}

}
