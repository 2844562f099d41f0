package vn.parindex.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;
import vn.parindex.engine.Ranking.Place;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking rules checked pair by pair, in O(n²), with big integers.
 */
final class RankingOracle {

	private final Options options;

	RankingOracle(Options options) {
		this.options = options;
	}

	void check(List<UnitResult> results, Ranking ranking) {
		assertThat(ranking.places()).hasSize(results.size());
		for (UnitResult unit : results) {
			Place place = ranking.places().get(unit.unitId());
			assertThat(place.rank()).isEqualTo(expectedRank(unit, results, (other) -> true));
			assertThat(place.group()).isEqualTo(expectedGroup(unit.official()));
			if (this.options.peers() == Peers.UNIT_TYPE) {
				assertThat(place.peerGroup()).isEqualTo(unit.unitType());
			}
			if (this.options.peers() == Peers.NONE
					|| (!eligible(unit) && this.options.peers() == Peers.APPLICABLE_MAX)) {
				assertThat(place.peerGroup()).isNull();
			}
			String group = place.peerGroup();
			assertThat(place.peerRank()).isEqualTo((group != null) ? expectedRank(unit, results,
					(other) -> group.equals(ranking.places().get(other.unitId()).peerGroup())) : null);
		}
		if (this.options.peers() == Peers.APPLICABLE_MAX) {
			checkPeerGroupsByMaximum(results, ranking);
		}
	}

	private Integer expectedRank(UnitResult unit, List<UnitResult> results,
			java.util.function.Predicate<UnitResult> sameGroup) {
		if (!eligible(unit)) {
			return null;
		}
		int better = 0;
		Set<List<Object>> betterKeys = new HashSet<>();
		for (UnitResult other : results) {
			if (eligible(other) && sameGroup.test(other) && compare(other, unit) > 0) {
				better++;
				betterKeys.add(key(other));
			}
		}
		return 1 + ((this.options.method() == RankMethod.COMPETITION) ? better : betterKeys.size());
	}

	private static boolean eligible(UnitResult unit) {
		return unit.ranked() && unit.official().hasIndex();
	}

	/** Positive when {@code a} is better. */
	private int compare(UnitResult a, UnitResult b) {
		Figures x = a.official();
		Figures y = b.official();
		int byIndex = BigInteger.valueOf(x.points())
			.multiply(BigInteger.valueOf(y.max()))
			.compareTo(BigInteger.valueOf(y.points()).multiply(BigInteger.valueOf(x.max())));
		if (byIndex != 0 || this.options.tieBreak() == TieBreak.NONE) {
			return byIndex;
		}
		return (this.options.tieBreak() == TieBreak.POINTS) ? Long.compare(x.points(), y.points())
				: Long.compare(x.max(), y.max());
	}

	/** What tells two units apart: the reduced index and the declared tie-break. */
	private List<Object> key(UnitResult unit) {
		Figures figures = unit.official();
		BigInteger gcd = BigInteger.valueOf(figures.points()).gcd(BigInteger.valueOf(figures.max()));
		long tie = switch (this.options.tieBreak()) {
			case NONE -> 0;
			case POINTS -> figures.points();
			case APPLICABLE_MAX -> figures.max();
		};
		return List.of(BigInteger.valueOf(figures.points()).divide(gcd), BigInteger.valueOf(figures.max()).divide(gcd),
				tie);
	}

	private String expectedGroup(Figures figures) {
		if (!figures.hasIndex()) {
			return null;
		}
		List<Band> bands = new ArrayList<>(this.options.bands());
		bands.sort(Comparator.comparing(Band::lowerBound).reversed());
		for (Band band : bands) {
			boolean reached = (this.options.bandBasis() == Basis.INDEX)
					? BigDecimal.valueOf(figures.points())
						.multiply(BigDecimal.valueOf(100))
						.compareTo(band.lowerBound().multiply(BigDecimal.valueOf(figures.max()))) >= 0
					: Amounts.toDecimal(figures.points()).compareTo(band.lowerBound()) >= 0;
			if (reached) {
				return band.name();
			}
		}
		return null;
	}

	/** Labels 1..m (m ≤ k) from the largest maxima down; equal maxima together. */
	private void checkPeerGroupsByMaximum(List<UnitResult> results, Ranking ranking) {
		Set<String> labels = new HashSet<>();
		for (UnitResult a : results) {
			String label = ranking.places().get(a.unitId()).peerGroup();
			if (label == null) {
				continue;
			}
			labels.add(label);
			for (UnitResult b : results) {
				String other = ranking.places().get(b.unitId()).peerGroup();
				if (other != null && a.official().max() > b.official().max()) {
					assertThat(Integer.parseInt(label)).isLessThanOrEqualTo(Integer.parseInt(other));
				}
				if (other != null && a.official().max() == b.official().max()) {
					assertThat(label).isEqualTo(other);
				}
			}
		}
		assertThat(labels.size()).isLessThanOrEqualTo(this.options.peerGroupCount());
		for (int i = 1; i <= labels.size(); i++) {
			assertThat(labels).contains(Integer.toString(i));
		}
	}

}
