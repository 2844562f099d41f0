package vn.parindex.units;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes units workbooks: the export of units, which imports again without change, and
 * the template people fill in, with example rows and a second sheet listing the types.
 */
@Component
class UnitWorkbooks {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<Column> TYPE_COLUMNS = List.of(Column.required("type", "Loại"),
			Column.required("label", "Tên loại"));

	private final UnitCatalog catalog;

	private final UnitTypes types;

	private final MessageSource messages;

	UnitWorkbooks(UnitCatalog catalog, UnitTypes types, MessageSource messages) {
		this.catalog = catalog;
		this.types = types;
		this.messages = messages;
	}

	/** The units in the order given, parents named by code. */
	void export(List<UnitView> units, OutputStream out) throws IOException {
		Map<Long, String> codeById = new HashMap<>();
		catalog.all().forEach((unit) -> codeById.put(unit.id(), unit.code()));
		write(units, codeById, out);
	}

	private void write(List<UnitView> units, Map<Long, String> codeById, OutputStream out) throws IOException {
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(UnitColumns.SHEET, UnitColumns.ALL);
			for (UnitView unit : units) {
				writer.row(unit.code(), unit.name(), unit.type(),
						(unit.parentId() != null) ? codeById.get(unit.parentId()) : null, unit.ranked() ? "Y" : "N");
			}
			typesSheet(writer);
			writer.write(out);
		}
	}

	void template(OutputStream out) throws IOException {
		Map<Long, String> codes = new HashMap<>();
		codes.put(1L, "BNV");
		codes.put(4L, "HN");
		List<UnitView> examples = List.of(new UnitView(1, "BNV", "Bộ Nội vụ", "MINISTRY", null, true, true),
				new UnitView(2, "BNV-VCCHC", "Vụ Cải cách hành chính", "VU", 1L, true, true),
				new UnitView(3, "TTCP", "Thanh tra Chính phủ", "MINISTRY", null, false, true),
				new UnitView(4, "HN", "Thành phố Hà Nội", "PROVINCE", null, true, true),
				new UnitView(5, "HN-SNV", "Sở Nội vụ Thành phố Hà Nội", "DEPARTMENT", 4L, true, true));
		write(examples, codes, out);
	}

	private void typesSheet(WorkbookWriter writer) {
		writer.sheet(messages.getMessage("units.workbook.typesSheet", null, VIETNAMESE), TYPE_COLUMNS);
		for (String type : types.codes()) {
			writer.row(type, messages.getMessage("unit.type." + type, null, type, VIETNAMESE));
		}
	}

}
