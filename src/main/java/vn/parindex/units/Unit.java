package vn.parindex.units;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An evaluated unit (đơn vị được đánh giá): a ministry, a province, a department, a
 * commune …
 */
@Table("units_unit")
class Unit {

	@Id
	private Long id;

	@Version
	private int version;

	private final String code;

	private String name;

	private String type;

	private Long parentId;

	private boolean ranked = true;

	private boolean active = true;

	Unit(String code, String name, String type, Long parentId) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.parentId = parentId;
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String type() {
		return type;
	}

	Long parentId() {
		return parentId;
	}

	boolean ranked() {
		return ranked;
	}

	boolean active() {
		return active;
	}

	UnitView view() {
		return new UnitView(id, code, name, type, parentId, ranked, active);
	}

}
