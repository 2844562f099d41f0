package vn.parindex.engine;

import java.util.Arrays;
import java.util.List;

import vn.parindex.engine.Options.Peers;

/**
 * Labels units with their peer group: comparable units, whose ranks within the group mean
 * more than across units with very different applicable maxima.
 * <p>
 * By applicable maximum: the ranked units with an index, sorted by applicable maximum
 * descending, are cut into {@code peerGroupCount} groups of near-equal size, never
 * splitting units with the same maximum; labels run "1", "2", … from the largest maxima
 * down, and there are fewer groups when equal maxima leave no room for more.
 */
final class PeerGroups {

	private final Options options;

	PeerGroups(Options options) {
		this.options = options;
	}

	String[] label(List<UnitResult> results, int[] ranked, long[] max) {
		String[] labels = new String[results.size()];
		if (this.options.peers() == Peers.UNIT_TYPE) {
			for (int i = 0; i < labels.length; i++) {
				labels[i] = results.get(i).unitType();
			}
		}
		else if (this.options.peers() == Peers.APPLICABLE_MAX) {
			byApplicableMax(ranked, max, labels);
		}
		return labels;
	}

	private void byApplicableMax(int[] ranked, long[] max, String[] labels) {
		int n = ranked.length;
		long k = this.options.peerGroupCount();
		int[] bySize = Arrays.copyOf(ranked, n);
		long limit = UnitOrder.keyLimit(labels.length);
		long[] keys = new long[labels.length];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = (max[i] >= 0 && max[i] < limit) ? limit - 1 - max[i] : -1;
		}
		UnitOrder.sort(bySize, keys, labels.length, (a, b) -> Long.compare(max[b], max[a]));
		int group = 0;
		int inGroup = 0;
		int start = 0;
		while (start < n) {
			int end = start;
			while (end < n && max[bySize[end]] == max[bySize[start]]) {
				end++;
			}
			// the group's share ends at (group + 1) × n / k units; a run that crosses it
			// joins the group whose share it overflows least
			long target = (group + 1) * (long) n;
			if (group < k - 1 && inGroup > 0 && end * k > target && end * k - target > target - start * k) {
				group++;
				inGroup = 0;
			}
			String label = Integer.toString(group + 1);
			for (int i = start; i < end; i++) {
				labels[bySize[i]] = label;
			}
			inGroup += end - start;
			if (group < k - 1 && end * k >= (group + 1) * (long) n) {
				group++;
				inGroup = 0;
			}
			start = end;
		}
	}

}
