package vn.parindex.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one feed of observations may carry, bound from
 * {@code parindex.statistics.feeds.*}: a batch or file beyond is answered 413.
 *
 * @param maxItems observations of one JSON batch or one file
 * @param maxBody bytes of one JSON batch (a file is bounded by the upload limits)
 * @param maxErrors errors listed in one refusal; beyond, the last entry says how many
 * more there are
 */
@ConfigurationProperties("parindex.statistics.feeds")
public record FeedLimits(@DefaultValue("100000") int maxItems, @DefaultValue("64MB") DataSize maxBody,
		@DefaultValue("10000") int maxErrors) {
}
