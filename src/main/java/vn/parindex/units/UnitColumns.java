package vn.parindex.units;

import java.util.List;

import vn.parindex.workbook.Column;

/**
 * The columns of the units workbook, as FORMATS.md defines them.
 */
final class UnitColumns {

	static final String SHEET = "Units";

	static final String CODE = "code";

	static final String NAME = "name";

	static final String TYPE = "type";

	static final String PARENT = "parent";

	static final String RANKED = "ranked";

	static final List<Column> ALL = List.of(Column.required(CODE, "Mã đơn vị"), Column.required(NAME, "Tên đơn vị"),
			Column.optional(TYPE, "Loại"), Column.optional(PARENT, "Mã đơn vị cấp trên"),
			Column.optional(RANKED, "Xếp hạng"));

	private UnitColumns() {
	}

}
