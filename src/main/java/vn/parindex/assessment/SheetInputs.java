package vn.parindex.assessment;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheets of a campaign as inputs for computing results and reports: read only, no
 * permission check (the caller decides who sees what it makes of them). The sheets'
 * {@link LeafSource} for scoring.
 */
@Service
@Transactional(readOnly = true)
public class SheetInputs implements LeafSource {

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final Sheets sheets;

	private final JdbcTemplate jdbc;

	SheetInputs(CampaignCatalog campaigns, FrameworkCatalog frameworks, Sheets sheets, JdbcTemplate jdbc) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.sheets = sheets;
		this.jdbc = jdbc;
	}

	/**
	 * The sheets' figures, streamed: only what computing results needs, without rule
	 * inputs or texts (a national campaign has a million entries), read from each sheet's
	 * figures vector ({@code assessment_sheet_figures}, one row per sheet, kept by the
	 * database on every write of an entry); and the units whose appraisal is final.
	 */
	@Override
	public void figures(long campaignId, Collection<Long> unitIds, LeafFigures sink) {
		String units = (unitIds != null) ? " and s.unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId };
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(1_000);
		streaming.query("""
				select s.unit_id, s.status = 'APPRAISED', f.figures
				from assessment_sheet s left join assessment_sheet_figures f on f.sheet_id = s.id
				where s.campaign_id = ?""" + units, (ResultSet rs) -> {
			long unitId = rs.getLong(1);
			String figures = rs.getString(3);
			if (figures != null) {
				SheetFigures.read(unitId, figures, sink);
			}
			if (rs.getBoolean(2)) {
				sink.finalised(unitId);
			}
		}, arguments);
	}

	/** The status of one unit's sheet, if it has one yet. */
	public Optional<SheetStatus> status(long campaignId, long unitId) {
		return jdbc
			.query("select status from assessment_sheet where campaign_id = ? and unit_id = ?",
					(rs, n) -> SheetStatus.valueOf(rs.getString(1)), campaignId, unitId)
			.stream()
			.findFirst();
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
