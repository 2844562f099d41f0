package vn.parindex.assessment;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports self-assessed and appraised points of many units at once from the scores
 * workbook: past years migrated, units that answer in Excel. All or nothing: one
 * transaction, and any error in the workbook saves nothing.
 */
@Service
@Transactional
public class ScoresImport {

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final SheetStore store;

	ScoresImport(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, SheetStore store) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.store = store;
	}

	/**
	 * @return the number of rows imported
	 * @throws vn.parindex.problem.Refusal with every error found; nothing is saved
	 */
	public int importScores(long campaignId, InputStream content, CurrentUser user) {
		if (!(user.has(Role.SECRETARIAT) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Only the secretariat imports scores");
		}
		CampaignView campaign = campaigns.get(campaignId);
		FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
		ScoresWorkbook.Parsed parsed = ScoresWorkbook.read(content);
		// read after the lock, so that no save lands between what is checked and what is
		// written
		store.lockCampaign(campaignId);
		Map<Long, Sheet> sheets = store.forCampaign(campaignId, tree);
		List<ScoreChecks.Checked> rows = new ScoreChecks(campaign, tree, units::byCode, sheets, parsed.reader())
			.check(parsed.lines());
		parsed.reader().throwIfErrors();
		for (ScoreChecks.Checked row : rows) {
			Sheet sheet = sheets.computeIfAbsent(row.unit().id(), (unitId) -> store.lock(campaignId, unitId, tree));
			LeafEntry before = sheet.entry(row.leaf().code());
			LeafEntry after = ImportedScore.apply(before, row.line());
			if (!after.equals(before)) {
				store.save(sheet, before, after, user.getUsername(), List.of(new SheetStore.Change("IMPORTED",
						ImportedScore.describe(before), ImportedScore.describe(after), null)));
			}
		}
		return rows.size();
	}

}
