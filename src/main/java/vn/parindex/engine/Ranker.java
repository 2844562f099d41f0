package vn.parindex.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;

/**
 * Ranks, groups and peer groups on the official figures' exact index, in O(n log n).
 * <p>
 * Only units marked ranked and with an index take a rank. Every unit with an index takes
 * a group, ranked or not: a group classifies, it does not rank. A unit's peer group is
 * its unit type (for every unit) or its band of similar applicable maximum (for ranked
 * units with an index); peer ranks exist only for ranked units with an index.
 */
final class Ranker {

	private final Options options;

	private final Bands bands;

	Ranker(Options options) {
		this.options = options;
		this.bands = new Bands(options.bandBasis(), options.bands());
	}

	Ranking rank(List<UnitResult> results) {
		int n = results.size();
		long[] points = new long[n];
		long[] max = new long[n];
		int[] order = new int[n];
		boolean[] indexed = new boolean[n];
		int eligible = 0;
		for (int i = 0; i < n; i++) {
			UnitResult result = results.get(i);
			Figures official = result.official();
			points[i] = official.points();
			max[i] = official.max();
			indexed[i] = official.hasIndex();
			if (result.ranked() && indexed[i]) {
				order[eligible++] = i;
			}
		}
		int[] ranked = Arrays.copyOf(order, eligible);
		UnitOrder.sort(ranked, coarseOrder(points, max, n), n, (a, b) -> compare(points, max, a, b));
		Integer[] ranks = new Integer[n];
		assignRanks(ranked, points, max, ranks);
		String[] peerGroups = new PeerGroups(this.options).label(results, ranked, max);
		Integer[] peerRanks = peerRanks(ranked, points, max, peerGroups);
		Map<Long, Ranking.Place> places = new LinkedHashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			String group = indexed[i] ? this.bands.groupOf(points[i], max[i]) : null;
			Ranking.Place place = new Ranking.Place(ranks[i], group, peerGroups[i], peerRanks[i]);
			if (places.put(results.get(i).unitId(), place) != null) {
				throw new IllegalArgumentException("Unit " + results.get(i).unitId() + " appears twice");
			}
		}
		return new Ranking(places, Correlation.of(ranked, points, max));
	}

	/**
	 * A key that never contradicts the exact order: the index as a double, correctly
	 * rounded and so monotonic, scaled to an integer; ties and near-ties are then refined
	 * exactly. None (-1) where amounts pass 2^53 and doubles would not be monotonic.
	 */
	private static long[] coarseOrder(long[] points, long[] max, int n) {
		long scale = Math.min(UnitOrder.keyLimit(n) - 1, 1L << 52);
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			if (max[i] <= 0 || Math.abs(points[i]) > (1L << 53) || max[i] > (1L << 53)) {
				keys[i] = -1;
			}
			else {
				double ratio = Math.max(0, Math.min(1, (double) points[i] / max[i]));
				keys[i] = scale - (long) (ratio * scale);
			}
		}
		return keys;
	}

	/** Better first: index descending, then the declared tie-break, if any. */
	private int compare(long[] points, long[] max, int a, int b) {
		int byIndex = Ratios.compare(points[b], max[b], points[a], max[a]);
		if (byIndex != 0 || this.options.tieBreak() == TieBreak.NONE) {
			return byIndex;
		}
		return (this.options.tieBreak() == TieBreak.POINTS) ? Long.compare(points[b], points[a])
				: Long.compare(max[b], max[a]);
	}

	private void assignRanks(int[] ranked, long[] points, long[] max, Integer[] ranks) {
		int distinct = 0;
		for (int position = 0; position < ranked.length; position++) {
			int unit = ranked[position];
			if (position > 0 && compare(points, max, ranked[position - 1], unit) == 0) {
				ranks[unit] = ranks[ranked[position - 1]];
			}
			else {
				distinct++;
				ranks[unit] = (this.options.method() == RankMethod.DENSE) ? distinct : position + 1;
			}
		}
	}

	/**
	 * Ranks within each peer group, in one pass over the global order: that order,
	 * restricted to a group, is the group's order.
	 */
	private Integer[] peerRanks(int[] ranked, long[] points, long[] max, String[] peerGroups) {
		Integer[] peerRanks = new Integer[points.length];
		Map<String, int[]> counters = new HashMap<>();
		for (int unit : ranked) {
			String group = peerGroups[unit];
			if (group == null) {
				continue;
			}
			// seen so far, distinct so far, last unit
			int[] counter = counters.computeIfAbsent(group, (g) -> new int[] { 0, 0, -1 });
			if (counter[2] >= 0 && compare(points, max, counter[2], unit) == 0) {
				peerRanks[unit] = peerRanks[counter[2]];
			}
			else {
				counter[1]++;
				peerRanks[unit] = (this.options.method() == RankMethod.DENSE) ? counter[1] : counter[0] + 1;
			}
			counter[0]++;
			counter[2] = unit;
		}
		return peerRanks;
	}

}
