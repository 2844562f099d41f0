package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A survey round (đợt khảo sát) of a campaign: an instrument asked between two days in
 * Asia/Ho_Chi_Minh (both included), with the margin of error e of its samples and the
 * thresholds of its quality flags.
 *
 * @param speedingShare a response is "speeding" when answered faster than this share of
 * the median time
 * @param deviceWindowMinutes two responses for one unit from one device within this many
 * minutes flag the second
 */
record Survey(long id, long campaignId, long instrumentId, String name, LocalDate opensOn, LocalDate closesOn,
		BigDecimal margin, BigDecimal speedingShare, int deviceWindowMinutes) {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final BigDecimal DEFAULT_MARGIN = new BigDecimal("0.05");

	enum Phase {

		NOT_OPEN, OPEN, CLOSED

	}

	Phase phase(LocalDate today) {
		if (today.isBefore(opensOn)) {
			return Phase.NOT_OPEN;
		}
		return today.isAfter(closesOn) ? Phase.CLOSED : Phase.OPEN;
	}

}
