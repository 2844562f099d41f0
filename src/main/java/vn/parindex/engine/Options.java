package vn.parindex.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a campaign ranks and groups its units.
 *
 * @param method competition (1, 2, 2, 4) or dense (1, 2, 2, 3)
 * @param tieBreak a declared secondary key, or none: ties then share a rank
 * @param bandBasis whether group bands read the index (percent) or the points
 * @param bands group bands, each "at least {@code lowerBound}" (at most 2 decimals),
 * highest first (the engine sorts them anyway); a unit below every band, or without an
 * index, has no group
 * @param peers how peer groups are formed
 * @param peerGroupCount with {@link Peers#APPLICABLE_MAX}, how many groups of similar
 * applicable maximum
 * @param noData what a leaf whose source has no data yet does to the unit's indices
 */
public record Options(RankMethod method, TieBreak tieBreak, Basis bandBasis, List<Band> bands, Peers peers,
		int peerGroupCount, NoDataPolicy noData) {

	public Options {
		if (method == null || tieBreak == null || bandBasis == null || peers == null) {
			throw new IllegalArgumentException("Ranking options need a method, tie-break, basis and peers");
		}
		noData = (noData != null) ? noData : NoDataPolicy.RESCALE;
		bands = (bands != null) ? List.copyOf(bands) : List.of();
		if (peers == Peers.APPLICABLE_MAX && peerGroupCount < 1) {
			throw new IllegalArgumentException("At least one peer group");
		}
	}

	public Options withMethod(RankMethod method) {
		return new Options(method, this.tieBreak, this.bandBasis, this.bands, this.peers, this.peerGroupCount,
				this.noData);
	}

	public Options withTieBreak(TieBreak tieBreak) {
		return new Options(this.method, tieBreak, this.bandBasis, this.bands, this.peers, this.peerGroupCount,
				this.noData);
	}

	/** These bands, read on this basis. */
	public Options withBands(Basis basis, List<Band> bands) {
		return new Options(this.method, this.tieBreak, basis, bands, this.peers, this.peerGroupCount, this.noData);
	}

	/**
	 * Peer groups formed this way; the count matters with {@link Peers#APPLICABLE_MAX}.
	 */
	public Options withPeers(Peers peers, int peerGroupCount) {
		return new Options(this.method, this.tieBreak, this.bandBasis, this.bands, peers, peerGroupCount, this.noData);
	}

	public static Options defaults() {
		return new Options(RankMethod.COMPETITION, TieBreak.NONE, Basis.INDEX, List.of(), Peers.UNIT_TYPE, 3,
				NoDataPolicy.RESCALE);
	}

	/**
	 * A named group: units at or above the bound (and below the next band up).
	 *
	 * @param lowerBound a percentage (e.g. 90 for 90%) or points, per the basis
	 */
	public record Band(String name, BigDecimal lowerBound) {

		public Band {
			if (name == null || lowerBound == null) {
				throw new IllegalArgumentException("A band needs a name and a lower bound");
			}
		}

	}

	public enum RankMethod {

		COMPETITION, DENSE

	}

	/** A secondary key for ties on the index; never applied unless chosen. */
	public enum TieBreak {

		NONE,
		/** More points first. */
		POINTS,
		/** Larger applicable maximum first. */
		APPLICABLE_MAX

	}

	public enum Basis {

		INDEX, POINTS

	}

	public enum Peers {

		NONE, UNIT_TYPE, APPLICABLE_MAX

	}

}
