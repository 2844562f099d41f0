package vn.parindex.engine;

/**
 * What a leaf whose source has no data yet (a survey not run, a statistic not received)
 * does to a unit's indices. Such a leaf is never "not applicable" and never 0 points:
 * either way it earns nothing and leaves the denominator, and the figures say how many
 * leaves are waiting.
 */
public enum NoDataPolicy {

	/**
	 * The index is computed over the leaves that have data, rescaled to 100 (Hà Nội's
	 * district practice: "quy về thang điểm 100").
	 */
	RESCALE,

	/**
	 * No index (nor rank, nor group) until every applicable leaf has data; the points
	 * gathered so far are still shown.
	 */
	WAIT

}
