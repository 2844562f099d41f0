package vn.parindex.scoring;

import vn.parindex.engine.NoDataPolicy;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;
import vn.parindex.problem.Refusal;

/**
 * The settings page's form: bands as text, one {@code name=bound} per line.
 */
record SettingsForm(RankMethod method, TieBreak tieBreak, Basis bandBasis, String bands, Peers peers,
		Integer peerGroupCount, NoDataPolicy noData) {

	static SettingsForm of(ScoringSettings settings) {
		return new SettingsForm(settings.method(), settings.tieBreak(), settings.bandBasis(),
				settings.bandsText().replace(";", "\n"), settings.peers(), settings.peerGroupCount(),
				settings.noData());
	}

	/**
	 * @throws Refusal listing what is wrong; nothing is saved
	 */
	ScoringSettings settings() {
		if (method == null || tieBreak == null || bandBasis == null || peers == null) {
			throw ScoringSettingsService.invalid(java.util.List.of("scoring.settings.error.missing"));
		}
		try {
			ScoringSettings settings = new ScoringSettings(method, tieBreak, bandBasis,
					ScoringSettings.parseBands(bands), peers, (peerGroupCount != null) ? peerGroupCount : 3, noData);
			if (!settings.problems().isEmpty()) {
				throw ScoringSettingsService.invalid(settings.problems());
			}
			return settings;
		}
		catch (IllegalArgumentException ex) {
			throw ScoringSettingsService.invalid(java.util.List.of("scoring.settings.error.bandSyntax"));
		}
	}

}
