package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.engine.NoDataPolicy;
import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;
import vn.parindex.engine.Options;
import vn.parindex.workbook.Decimals;

/**
 * How a campaign ranks and groups its units (cách xếp hạng, xếp nhóm): what the
 * secretariat chooses on the settings page, and the engine's options made from it.
 */
public record ScoringSettings(RankMethod method, TieBreak tieBreak, Basis bandBasis, List<Band> bands, Peers peers,
		int peerGroupCount, NoDataPolicy noData) {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	public ScoringSettings {
		bands = List.copyOf(bands);
		noData = (noData != null) ? noData : NoDataPolicy.RESCALE;
	}

	/**
	 * Competition ranking, no tie-break, A ≥ 90, B ≥ 80, C ≥ 70 on the index, peers by
	 * type, indices rescaled over the leaves that have data.
	 */
	public static ScoringSettings defaults() {
		return new ScoringSettings(RankMethod.COMPETITION, TieBreak.NONE, Basis.INDEX, parseBands("A=90;B=80;C=70"),
				Peers.UNIT_TYPE, 3, NoDataPolicy.RESCALE);
	}

	public Options options() {
		return new Options(method, tieBreak, bandBasis, bands, peers, peerGroupCount, noData);
	}

	/**
	 * The message keys of what is wrong, empty when the settings can be saved: bands
	 * strictly decreasing, names unique and non-blank, bounds within 0..100 on the index
	 * and not negative on points.
	 */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal previous = null;
		for (Band band : bands) {
			if (band.name() == null || band.name().isBlank() || band.name().length() > 100) {
				problems.add("scoring.settings.error.bandName");
			}
			else if (!names.add(band.name().strip())) {
				problems.add("scoring.settings.error.bandNameTwice");
			}
			BigDecimal bound = band.lowerBound();
			if (bound == null || bound.signum() < 0 || bound.stripTrailingZeros().scale() > 2
					|| (bandBasis == Basis.INDEX && bound.compareTo(HUNDRED) > 0)) {
				problems.add("scoring.settings.error.bandBound");
			}
			else if (previous != null && bound.compareTo(previous) >= 0) {
				problems.add("scoring.settings.error.bandsDecreasing");
			}
			previous = (bound != null) ? bound : previous;
		}
		if (peerGroupCount < 1 || peerGroupCount > 20) {
			problems.add("scoring.settings.error.peerGroupCount");
		}
		return problems.stream().distinct().toList();
	}

	/** The bands as stored and edited: {@code A=90;B=80;C=70}. */
	String bandsText() {
		return bands.stream()
			.map((band) -> band.name() + "=" + band.lowerBound().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(";"));
	}

	/**
	 * Reads {@code name=bound} pairs separated by ";" or new lines; a bound may use a
	 * decimal comma.
	 * @throws IllegalArgumentException when a pair is malformed
	 */
	static List<Band> parseBands(String text) {
		List<Band> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String pair : text.split("[;\\n]")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.lastIndexOf('=');
			if (equals < 0) {
				throw new IllegalArgumentException(pair);
			}
			BigDecimal bound = Decimals.parse(pair.substring(equals + 1).strip());
			if (bound == null) {
				throw new IllegalArgumentException(pair);
			}
			result.add(new Band(pair.substring(0, equals).strip(), bound));
		}
		return result;
	}

	@Override
	public String toString() {
		return method + ", " + tieBreak + ", " + bandBasis + " " + bandsText() + ", " + peers
				+ ((peers == Peers.APPLICABLE_MAX) ? " " + peerGroupCount : "") + ", " + noData;
	}

}
