package vn.parindex.campaign;

import java.util.List;
import java.util.Set;

/**
 * What opening a campaign takes.
 *
 * @param unitIds the participating units, all active
 * @param phases the phases' dates; may leave phases out, to be set later
 */
public record NewCampaign(String name, int year, long frameworkId, Set<Long> unitIds, List<PhaseDates> phases) {

	public NewCampaign {
		unitIds = Set.copyOf(unitIds);
		phases = List.copyOf(phases);
	}

}
