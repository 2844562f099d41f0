package vn.parindex.scoring;

import vn.parindex.problem.Refusal;
import vn.parindex.scoring.engine.Options.Basis;
import vn.parindex.scoring.engine.Options.Peers;
import vn.parindex.scoring.engine.Options.RankMethod;
import vn.parindex.scoring.engine.Options.TieBreak;

/**
 * The settings page's form: bands as text, one {@code name=bound} per line.
 */
record SettingsForm(RankMethod method, TieBreak tieBreak, Basis bandBasis, String bands, Peers peers,
		Integer peerGroupCount) {

	static SettingsForm of(ScoringSettings settings) {
		return new SettingsForm(settings.method(), settings.tieBreak(), settings.bandBasis(),
				settings.bandsText().replace(";", "\n"), settings.peers(), settings.peerGroupCount());
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
					ScoringSettings.parseBands(bands), peers, (peerGroupCount != null) ? peerGroupCount : 3);
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
