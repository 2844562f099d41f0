package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkNode;

/**
 * A campaign's ranking as the results page shows it.
 *
 * @param rows the rows the filters keep, in ranking order
 * @param distribution units per group over the rows the user may see (no group: key "")
 * @param ownUnitOnly whether the user sees only her own unit's row
 * @param page the page shown, from 0
 * @param pages how many pages the filtered rows make
 * @param total how many rows the filters keep
 */
public record ResultsPage(CampaignView campaign, Instant computedAt, BigDecimal correlation, List<FrameworkNode> areas,
		List<ResultRow> rows, List<String> groups, List<String> types, Map<String, Long> distribution,
		boolean ownUnitOnly, int page, int pages, long total) {
}
