package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a campaign's stored result set was computed from, and when; the codes of its
 * components (areas and criteria in tree order) and parts, in the order each unit's
 * component figures are stored; the random stamp of its last write.
 */
record StoredCampaign(long frameworkId, int unitsCount, BigDecimal correlation, Instant computedAt,
		List<String> components, List<String> parts, long stamp) {
}
