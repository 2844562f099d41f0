package vn.parindex.engine;

import java.util.Collection;

/**
 * Where leaves get their figures from: the sheets (self-scored, bonus and penalty leaves,
 * appraised by the council), surveys, statistics. Scoring asks every source for the
 * figures of a campaign's units and knows none of the modules behind them; a source
 * announces every change of its figures with {@link LeafFiguresChanged}, inside the
 * transaction that made it.
 * <p>
 * A source reports only what it has: a leaf it has no figure for is "no data" (a survey
 * or statistic leaf) or not yet scored (a sheet leaf), never "not applicable".
 */
public interface LeafSource {

	/**
	 * Streams the figures this source holds for some units of a campaign.
	 * @param unitIds the units asked about, or {@code null} for every unit of the
	 * campaign (a national campaign has a million figures: stream them, don't gather
	 * them)
	 */
	void figures(long campaignId, Collection<Long> unitIds, LeafFigures sink);

}
