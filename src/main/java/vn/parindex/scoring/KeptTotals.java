package vn.parindex.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Each campaign's stored totals and places as this node last wrote them, under the random
 * stamp it wrote with them: a re-ranking after one unit's change uses them instead of
 * reading 10,000 rows again, but only while the campaign's stored stamp is still that one
 * (read under the campaign's recomputation lock). A write by another node, a rolled-back
 * one or a change by hand leaves another stamp, and the totals are read again.
 */
@Component
class KeptTotals {

	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	Optional<List<StoredUnit>> get(long campaignId, long stamp) {
		Kept totals = kept.get(campaignId);
		return (totals != null && stamp != 0 && totals.stamp() == stamp) ? Optional.of(totals.units())
				: Optional.empty();
	}

	void keep(long campaignId, long stamp, List<StoredUnit> units) {
		kept.put(campaignId, new Kept(stamp, List.copyOf(units)));
	}

	private record Kept(long stamp, List<StoredUnit> units) {
	}

}
