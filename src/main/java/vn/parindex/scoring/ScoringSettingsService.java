package vn.parindex.scoring;

import java.util.List;

import vn.parindex.audit.AuditRecord;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
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

	private final CampaignSettings store;

	private final Recomputation recomputation;

	ScoringSettingsService(CampaignCatalog campaigns, CampaignSettings store, Recomputation recomputation) {
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
			throw invalid(problems);
		}
		store.save(campaignId, settings, actor);
		recomputation.full(campaignId);
	}

	/**
	 * Settings refused for every problem found, each a message key; the first is the
	 * detail.
	 */
	static Refusal invalid(List<String> problems) {
		return new Refusal(HttpStatus.BAD_REQUEST,
				problems.stream().map((key) -> Refusal.FieldError.at(java.util.Map.of(), key)).toList(),
				problems.get(0));
	}

}
