package vn.parindex.units;

/**
 * What a person or a program says about a unit when creating or changing it; the parent
 * is named by its code.
 */
public record UnitDetails(String code, String name, String type, String parent, boolean ranked) {

	/** A ranked unit without a parent. */
	public static UnitDetails of(String code, String name, String type) {
		return new UnitDetails(code, name, type, null, true);
	}

	public UnitDetails under(String parentCode) {
		return new UnitDetails(code, name, type, parentCode, ranked);
	}

	public UnitDetails notRanked() {
		return new UnitDetails(code, name, type, parent, false);
	}

}
