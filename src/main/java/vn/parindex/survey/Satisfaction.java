package vn.parindex.survey;

/** How a SIPAS-style satisfaction percentage is computed from the answers. */
enum Satisfaction {

	/**
	 * The share of satisfied answers (e.g. "hài lòng" and "rất hài lòng") over valid
	 * ones.
	 */
	SHARE,

	/** The mean score of the answers, rescaled to 0–100%. */
	MEAN

}
