package vn.parindex.statistics;

import java.math.BigDecimal;

/**
 * One observation as a feed sent it, not yet checked: codes and the period as texts, the
 * figures as read.
 *
 * @param position its index in a JSON batch (from 0), or its row in a file (as Excel
 * shows it, the header being row 1)
 * @param source the item's own source (files only); {@code null} for the feed's
 */
public record FeedItem(int position, String unit, String indicator, String period, BigDecimal numerator,
		BigDecimal denominator, BigDecimal value, String note, String source) {
}
