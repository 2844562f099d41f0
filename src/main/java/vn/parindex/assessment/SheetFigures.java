package vn.parindex.assessment;

import vn.parindex.engine.LeafFigures;

/**
 * Reads a sheet's figures vector as the database keeps it in
 * {@code assessment_sheet_figures} (see migration V49): one item per entry, {@code ;}
 * between items, each {@code leaf code,self,appraised,flags}, amounts in ten-thousandths
 * of a point (empty: no value), flags 1 = claimed not applicable, 2 = not applicable as
 * appraised.
 */
final class SheetFigures {

	private SheetFigures() {
	}

	static void read(long unitId, String figures, LeafFigures sink) {
		int length = figures.length();
		int at = 0;
		while (at < length) {
			int comma = figures.indexOf(',', at);
			if (comma < 0) {
				throw new IllegalStateException("A sheet's figures are malformed: " + figures);
			}
			String code = figures.substring(at, comma);
			at = comma + 1;
			long self = LeafFigures.NO_VALUE;
			if (figures.charAt(at) != ',') {
				int end = figures.indexOf(',', at);
				self = Long.parseLong(figures, at, end, 10);
				at = end;
			}
			at++;
			long appraised = LeafFigures.NO_VALUE;
			if (figures.charAt(at) != ',') {
				int end = figures.indexOf(',', at);
				appraised = Long.parseLong(figures, at, end, 10);
				at = end;
			}
			at++;
			int flags = figures.charAt(at) - '0';
			at++;
			if (at < length && figures.charAt(at) == ';') {
				at++;
			}
			sink.leaf(unitId, code, self, appraised, (flags & 1) != 0, (flags & 2) != 0);
		}
	}

}
