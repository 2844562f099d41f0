package vn.parindex.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The unit form of the secretariat: the code only on creation (it never changes), the
 * parent by its code; an unticked box sends no {@code ranked} at all.
 */
record UnitForm(
		@NotBlank @Size(max = Unit.MAX_CODE) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
				message = "{units.validation.code}") String code,
		@NotBlank @Size(max = Unit.MAX_NAME) String name, @NotBlank String type,
		@Size(max = Unit.MAX_CODE) String parent, Boolean ranked) {

	static UnitForm empty(String parent) {
		return new UnitForm("", "", "", parent, true);
	}

	static UnitForm of(UnitView unit, UnitView parent) {
		return new UnitForm(unit.code(), unit.name(), unit.type(), (parent != null) ? parent.code() : "",
				unit.ranked());
	}

	UnitDetails toDetails() {
		return new UnitDetails(code, name, type, parent, Boolean.TRUE.equals(ranked));
	}

}
