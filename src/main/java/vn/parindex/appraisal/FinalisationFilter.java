package vn.parindex.appraisal;

/**
 * Which sheets a bulk finalisation covers; blank fields do not filter. Only sheets under
 * appraisal with every leaf decided are ever finalised.
 *
 * @param unitType the units' type, e.g. PROVINCE
 * @param appraiser the user name of the appraiser the whole sheet is assigned to
 */
record FinalisationFilter(String unitType, String appraiser) {

	public static final FinalisationFilter ALL = new FinalisationFilter(null, null);

	boolean byType() {
		return unitType != null && !unitType.isBlank();
	}

	boolean byAppraiser() {
		return appraiser != null && !appraiser.isBlank();
	}

}
