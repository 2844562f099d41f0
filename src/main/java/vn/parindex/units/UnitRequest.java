package vn.parindex.units;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A unit as the API receives it. On {@code PUT} the code comes from the path and is
 * ignored here; {@code ranked} missing means ranked, {@code active} missing leaves the
 * status as it is.
 */
record UnitRequest(@Size(max = Unit.MAX_CODE) String code, @NotBlank @Size(max = Unit.MAX_NAME) String name,
		@NotBlank String type, @Size(max = Unit.MAX_CODE) String parent, Boolean ranked, Boolean active) {

	UnitDetails details(String code) {
		return new UnitDetails(code, name, type, parent, !Boolean.FALSE.equals(ranked));
	}

}
