package vn.parindex.engine;

import java.util.Map;

/**
 * Ranks and groups of a campaign's units, on the official figures' exact index.
 * <p>
 * Only units marked ranked and with an index take a rank (and a peer rank). Every unit
 * with an index takes a group, ranked or not: a group classifies, it does not rank. Peer
 * groups by unit type label every unit with its type; by applicable maximum, only the
 * ranked units with an index.
 *
 * @param places per unit id; units that are not ranked have a place with a {@code null}
 * rank
 * @param correlation Pearson's correlation between applicable maximum and index over the
 * ranked units with an index, or {@code null} with fewer than 3 of them
 */
public record Ranking(Map<Long, Place> places, Double correlation) {

	/**
	 * One unit's place.
	 *
	 * @param rank the rank among ranked units, or {@code null}
	 * @param group the band's name, or {@code null} below every band or without index
	 * @param peerGroup the peer group's label (unit type, or e.g. "1", "2", "3" from the
	 * largest applicable maxima down)
	 * @param peerRank the rank within the peer group, or {@code null}
	 */
	public record Place(Integer rank, String group, String peerGroup, Integer peerRank) {
	}

}
