package vn.parindex.survey;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * A survey's answers counted once: per unit, group and combination of quality flags, per
 * question, how many responses gave each answer (the answer as the database writes it as
 * JSON: {@code 4}, {@code "A"}, {@code ["A", "C"]}, {@code null} for "cannot judge"; a
 * free text is counted as {@link #TEXT}). Everything results, scores and quality need is
 * a sum over these counts, so it is read in one aggregating query, however many responses
 * there are.
 */
final class SurveyTally {

	/** What a free-text answer is counted as: its text is never needed to score. */
	static final String TEXT = "\"…\"";

	/** "Cannot judge / not enough information". */
	static final String CANNOT_JUDGE = "null";

	private final Map<Cell, Long> responses = new LinkedHashMap<>();

	private final Map<Cell, Map<String, Map<String, Long>>> answers = new HashMap<>();

	/** The cells of each unit's group, for lookups that do not scan them all. */
	private final Map<String, java.util.List<Cell>> cellsOf = new HashMap<>();

	void responses(long unitId, String group, String flags, long count) {
		responses.merge(new Cell(unitId, group, mask(flags)), count, Long::sum);
	}

	void answers(long unitId, String group, String flags, String question, String answer, long count) {
		answers.computeIfAbsent(new Cell(unitId, group, mask(flags)), (cell) -> {
			cellsOf.computeIfAbsent(unitId + "/" + group, (key) -> new java.util.ArrayList<>()).add(cell);
			return new HashMap<>();
		}).computeIfAbsent(question, (code) -> new HashMap<>()).merge(answer, count, Long::sum);
	}

	/** The units with responses, in id order. */
	Set<Long> units() {
		Set<Long> units = new TreeSet<>();
		responses.keySet().forEach((cell) -> units.add(cell.unitId()));
		return units;
	}

	/** Responses of a unit's group, all or only those whose flags count. */
	long responses(long unitId, String group, IntPredicate counts) {
		long sum = 0;
		for (Map.Entry<Cell, Long> entry : responses.entrySet()) {
			Cell cell = entry.getKey();
			if (cell.unitId() == unitId && (group == null || cell.group().equals(group)) && counts.test(cell.flags())) {
				sum += entry.getValue();
			}
		}
		return sum;
	}

	/** Responses of a unit carrying the flag (any flag when {@code null}). */
	long flagged(long unitId, String group, StoredResponse.Flag flag) {
		int bits = (flag != null) ? bit(flag) : -1;
		return responses(unitId, group, (mask) -> (mask & bits) != 0);
	}

	/**
	 * How many of a unit's group's responses that count gave each answer to a question.
	 */
	Map<String, Long> answers(long unitId, String group, String question, IntPredicate counts) {
		Map<String, Long> merged = new HashMap<>();
		for (Cell cell : cellsOf.getOrDefault(unitId + "/" + group, java.util.List.of())) {
			if (counts.test(cell.flags())) {
				Map<String, Long> given = answers.get(cell).get(question);
				if (given != null) {
					given.forEach((answer, count) -> merged.merge(answer, count, Long::sum));
				}
			}
		}
		return merged;
	}

	/** The flags a response's mask stands for. */
	static Set<StoredResponse.Flag> flags(int mask) {
		Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
		for (StoredResponse.Flag flag : StoredResponse.Flag.values()) {
			if ((mask & bit(flag)) != 0) {
				flags.add(flag);
			}
		}
		return flags;
	}

	static int bit(StoredResponse.Flag flag) {
		return 1 << flag.ordinal();
	}

	/** The mask of some flags. */
	static int mask(Set<StoredResponse.Flag> flags) {
		int mask = 0;
		for (StoredResponse.Flag flag : flags) {
			mask |= bit(flag);
		}
		return mask;
	}

	private static int mask(String flags) {
		return mask(ResponseStore.flags(flags));
	}

	/**
	 * Whether responses with a mask count when the responses carrying any of the excluded
	 * flags do not.
	 */
	static IntPredicate countingWithout(Set<StoredResponse.Flag> excluded) {
		int bits = mask(excluded);
		return (mask) -> (mask & bits) == 0;
	}

	static final IntPredicate ALL = (mask) -> true;

	/** A unit's group's responses with one combination of flags. */
	record Cell(long unitId, String group, int flags) {
	}

}
