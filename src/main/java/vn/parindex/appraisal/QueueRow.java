package vn.parindex.appraisal;

import java.time.LocalDate;

import vn.parindex.assessment.SheetStatus;
import vn.parindex.campaign.CampaignView;
import vn.parindex.units.UnitView;

/**
 * One sheet under appraisal in a reader's queue, with her progress on it.
 *
 * @param decided the leaves in her scope with a standing decision
 * @param toDecide the leaves in her scope
 * @param deadline the last day of the campaign's appraisal phase, if any
 */
public record QueueRow(CampaignView campaign, UnitView unit, SheetStatus status, int round, long decided, long toDecide,
		LocalDate deadline) {

	public int percent() {
		return (toDecide == 0) ? 100 : (int) (decided * 100 / toDecide);
	}

	public boolean done() {
		return decided >= toDecide;
	}

}
