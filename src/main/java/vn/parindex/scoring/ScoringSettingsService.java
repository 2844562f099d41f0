package vn.parindex.scoring;

import java.util.List;

import vn.parindex.audit.AuditRecord;
import vn.parindex.campaign.CampaignCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes a campaign's scoring settings; a change is audited and recomputes the
 * campaign's results in the same transaction.
 */
@Service
@Transactional
class ScoringSettingsService {

	private final CampaignCatalog campaigns;

	private final SettingsStore store;

	private final Recomputation recomputation;

	ScoringSettingsService(CampaignCatalog campaigns, SettingsStore store, Recomputation recomputation) {
		this.campaigns = campaigns;
		this.store = store;
		this.recomputation = recomputation;
	}

	@Transactional(readOnly = true)
	ScoringSettings of(long campaignId) {
		campaigns.get(campaignId);
		return store.of(campaignId);
	}

	@Transactional(readOnly = true)
	List<AuditRecord> history(long campaignId) {
		return store.history(campaignId);
	}

	void change(long campaignId, ScoringSettings settings, String actor) {
		campaigns.get(campaignId);
		List<String> problems = settings.problems();
		if (!problems.isEmpty()) {
			throw ScoringException.invalidSettings(problems);
		}
		store.save(campaignId, settings, actor);
		recomputation.full(campaignId);
	}

}
