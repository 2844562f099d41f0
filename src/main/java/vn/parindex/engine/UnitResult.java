package vn.parindex.engine;

/**
 * One unit's computed result, before ranking: both variants, and which one is official.
 */
public record UnitResult(long unitId, String unitType, boolean ranked, boolean finalised, Figures self,
		Figures appraised) {

	/**
	 * The official figures: appraised once the appraisal is final, else self-assessed.
	 */
	public Figures official() {
		return finalised ? appraised : self;
	}

}
