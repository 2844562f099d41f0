package vn.parindex.units;

import java.util.Objects;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An evaluated unit (đơn vị được đánh giá): a ministry, a province, a department, a
 * commune … Its code never changes, because other modules, workbooks and people refer to
 * it by code; a unit that ceases is made inactive, never deleted, so that past results
 * keep their unit.
 */
@Table("units_unit")
class Unit {

	static final int MAX_CODE = 32;

	static final int MAX_NAME = 300;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

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

	/** A new, active unit; the caller has checked that its type and parent exist. */
	static Unit create(String code, String name, String type, Long parentId, boolean ranked) {
		if (!isValidCode(code)) {
			throw Refusal.badRequest("units.error.code", code, MAX_CODE).onField("code");
		}
		Unit unit = new Unit(code, null, type, null);
		unit.update(name, type, parentId, ranked);
		return unit;
	}

	static boolean isValidCode(String code) {
		return code != null && code.length() <= MAX_CODE && CODE.matcher(code).matches();
	}

	void update(String name, String type, Long parentId, boolean ranked) {
		if (name == null || name.isBlank()) {
			throw Refusal.badRequest("units.error.nameRequired").onField("name");
		}
		if (Texts.hasNul(name)) {
			throw Refusal.badRequest("text.error.nul").onField("name");
		}
		if (name.strip().length() > MAX_NAME) {
			throw Refusal.badRequest("units.error.nameTooLong", MAX_NAME).onField("name");
		}
		if (id != null && Objects.equals(id, parentId)) {
			throw Refusal.badRequest("units.error.cycle", code).onField("parent");
		}
		this.name = name.strip();
		this.type = Objects.requireNonNull(type);
		this.parentId = parentId;
		this.ranked = ranked;
	}

	void deactivate() {
		active = false;
	}

	void activate() {
		active = true;
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
