package vn.parindex.units;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * A unit as other modules and pages read it.
 */
public record UnitView(long id, String code, String name, String type, Long parentId, boolean ranked, boolean active) {

	/**
	 * Vietnamese alphabetical order: "Đắk Lắk" after "Cà Mau", "Ủy ban" among the U's.
	 */
	static final Comparator<UnitView> BY_NAME = Comparator
		.comparing(UnitView::name, Collator.getInstance(Locale.forLanguageTag("vi")))
		.thenComparing(UnitView::code);

}
