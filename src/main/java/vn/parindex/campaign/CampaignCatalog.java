package vn.parindex.campaign;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign module's service. Reads are what other modules use; the rest serves the
 * campaign pages and API.
 */
@Service
@Transactional
public class CampaignCatalog {

	@Transactional(readOnly = true)
	public List<CampaignView> list() {
		throw new UnsupportedOperationException("campaign module not merged yet");
	}

	/**
	 * @throws CampaignException with status 404 when there is no such campaign
	 */
	@Transactional(readOnly = true)
	public CampaignView get(long id) {
		throw new UnsupportedOperationException("campaign module not merged yet");
	}

	/** The campaigns a unit takes part in, newest first. */
	@Transactional(readOnly = true)
	public List<CampaignView> forUnit(long unitId) {
		throw new UnsupportedOperationException("campaign module not merged yet");
	}

}
