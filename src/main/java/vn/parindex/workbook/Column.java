package vn.parindex.workbook;

/**
 * A column of an interchange workbook: its English key, its Vietnamese label, and whether
 * an import needs it. Either name is accepted as a header, in any case and order.
 */
public record Column(String key, String label, boolean required) {

	public static Column required(String key, String label) {
		return new Column(key, label, true);
	}

	public static Column optional(String key, String label) {
		return new Column(key, label, false);
	}

}
