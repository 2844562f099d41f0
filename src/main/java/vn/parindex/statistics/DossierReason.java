package vn.parindex.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.statistics.DossierCounts.Listed;
import vn.parindex.statistics.DossierCounts.Outcome;

/**
 * Why a dossier is what the rule judged, as message keys with their arguments: the
 * judgement, then where its deadline comes from.
 */
record DossierReason(String key, Object[] arguments, String deadlineKey, Object[] deadlineArguments,
		String supplementKey, Object[] supplementArguments) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static DossierReason of(Listed dossier) {
		String prefix = "statistics.dossiers.reason.";
		String key;
		List<Object> arguments = new ArrayList<>();
		if (dossier.supplementRequests() > 1) {
			key = prefix + "manyRequests";
			arguments.add(dossier.supplementRequests());
		}
		else if (dossier.outcome() == Outcome.CANNOT_JUDGE) {
			key = prefix + ((dossier.procedure() == null) ? "noProcedure" : "unknownProcedure");
			arguments.add(dossier.procedure());
		}
		else {
			key = prefix + dossier.outcome().name();
			boolean ended = dossier.outcome() == Outcome.FINISHED_ON_TIME || dossier.outcome() == Outcome.FINISHED_LATE;
			arguments.add(day(ended ? dossier.endDay() : dossier.judgedOn()));
			arguments.add(day(dossier.deadline()));
		}
		String deadlineKey = null;
		Object[] deadlineArguments = {};
		if (dossier.dueAt() != null) {
			deadlineKey = prefix + "deadline.due";
			deadlineArguments = new Object[] {
					day(dossier.dueAt().atZoneSameInstant(DossierQuery.ZONE).toLocalDate()) };
		}
		else if (dossier.timeLimitDays() != null) {
			deadlineKey = prefix + "deadline.limit";
			deadlineArguments = new Object[] {
					day(dossier.receivedAt().atZoneSameInstant(DossierQuery.ZONE).toLocalDate()),
					dossier.timeLimitDays() };
		}
		boolean deducted = dossier.supplementDays() > 0 && dossier.deadline() != null
				&& !(dossier.status().equals("SUPPLEMENT_REQUESTED") && dossier.endDay() != null);
		return new DossierReason(key, arguments.toArray(), deadlineKey, deadlineArguments,
				deducted ? prefix + "deadline.supplement" : null, new Object[] { dossier.supplementDays() });
	}

	private static String day(LocalDate day) {
		return (day == null) ? "—" : DAY.format(day);
	}

}
