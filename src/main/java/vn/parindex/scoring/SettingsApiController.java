package vn.parindex.scoring;

import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.engine.NoDataPolicy;
import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options.Basis;
import vn.parindex.engine.Options.Peers;
import vn.parindex.engine.Options.RankMethod;
import vn.parindex.engine.Options.TieBreak;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's ranking settings over the API; saving recomputes the results. Invalid
 * settings are a problem and change nothing.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/results/settings")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
class SettingsApiController {

	private final ScoringSettingsService settings;

	SettingsApiController(ScoringSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	SettingsJson get(@PathVariable long campaignId) {
		return SettingsJson.of(settings.of(campaignId));
	}

	@PutMapping
	SettingsJson put(@PathVariable long campaignId, @RequestBody SettingsJson body,
			@AuthenticationPrincipal CurrentUser user) {
		settings.change(campaignId, body.settings(), user.getUsername());
		return SettingsJson.of(settings.of(campaignId));
	}

	record SettingsJson(RankMethod method, TieBreak tieBreak, Basis bandBasis, List<Band> bands, Peers peers,
			Integer peerGroupCount, NoDataPolicy noData) {

		static SettingsJson of(ScoringSettings settings) {
			return new SettingsJson(settings.method(), settings.tieBreak(), settings.bandBasis(), settings.bands(),
					settings.peers(), settings.peerGroupCount(), settings.noData());
		}

		ScoringSettings settings() {
			if (method == null || tieBreak == null || bandBasis == null || peers == null || bands == null) {
				throw ScoringSettingsService.invalid(List.of("scoring.settings.error.missing"));
			}
			return new ScoringSettings(method, tieBreak, bandBasis, bands, peers,
					(peerGroupCount != null) ? peerGroupCount : 3, noData);
		}

	}

}
