package vn.parindex.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The secretariat's form to record a merger or a split: unit codes typed in, separated by
 * commas or spaces; {@code from} is the unit whose page the form was opened on.
 */
record RestructuringForm(@NotNull RestructuringKind kind, @NotBlank @Size(max = 2000) String predecessors,
		@NotBlank @Size(max = 2000) String successors,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
		@Size(max = Restructuring.MAX_NOTE) String note, Long from) {

	static RestructuringForm startingFrom(UnitView unit, RestructuringKind kind) {
		return new RestructuringForm(kind, (unit != null) ? unit.code() : "", "", null, "",
				(unit != null) ? unit.id() : null);
	}

	RestructuringRequest toRequest() {
		return new RestructuringRequest(kind, effectiveOn, codes(predecessors), codes(successors), note);
	}

	private static List<String> codes(String text) {
		return Arrays.stream(text.split("[,;\\s]+")).filter((code) -> !code.isBlank()).toList();
	}

}
