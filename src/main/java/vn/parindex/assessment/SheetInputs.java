package vn.parindex.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheets of a campaign as inputs for computing results and reports: read only, no
 * permission check (the caller decides who sees what it makes of them).
 */
@Service
@Transactional(readOnly = true)
public class SheetInputs {

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final SheetRepository sheets;

	SheetInputs(CampaignCatalog campaigns, FrameworkCatalog frameworks, SheetRepository sheets) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.sheets = sheets;
	}

	/**
	 * Every existing sheet of the campaign, by unit id; units without a sheet are absent.
	 */
	public Map<Long, SheetInput> forCampaign(long campaignId) {
		FrameworkTree tree = tree(campaignId);
		Map<Long, SheetInput> inputs = new HashMap<>();
		sheets.forCampaign(campaignId, (code) -> tree.find(code).map((node) -> node.rule()).orElse(null))
			.forEach((unit, sheet) -> inputs.put(unit, input(sheet)));
		return inputs;
	}

	/** One unit's sheet, if it has one yet. */
	public Optional<SheetInput> forUnit(long campaignId, long unitId) {
		FrameworkTree tree = tree(campaignId);
		return sheets.find(campaignId, unitId, (code) -> tree.find(code).map((node) -> node.rule()).orElse(null))
			.map(SheetInputs::input);
	}

	private FrameworkTree tree(long campaignId) {
		return frameworks.get(campaigns.get(campaignId).frameworkId()).tree();
	}

	private static SheetInput input(Sheet sheet) {
		return new SheetInput(sheet.unitId(), sheet.status(), sheet.entries(), sheet.openLeaves());
	}

}
