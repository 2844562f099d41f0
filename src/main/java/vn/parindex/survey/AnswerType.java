package vn.parindex.survey;

/** How a question is answered. */
enum AnswerType {

	/** A point on a 1..k scale; its score is (a − 1) / (k − 1). */
	SCALE,

	/** One option, each worth a share of the question (A = 100%, B = 60%, …). */
	CHOICE,

	/**
	 * Several options; its score is the sum of the chosen options' shares, at most 100%.
	 */
	MULTI,

	/** Free text: never scored. */
	TEXT;

	boolean scored() {
		return this != TEXT;
	}

}
