package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** What a campaign's stored result set was computed from, and when. */
record StoredCampaign(long frameworkId, int unitsCount, BigDecimal correlation, Instant computedAt) {
}
