package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A unit's component figures in one text column ({@code scoring_unit_components.figures},
 * migration V89_1): one item per component, areas and criteria in tree order, then parts,
 * {@code ;} between items, each
 * {@code self points,self max,appraised points,appraised max,self no data,appraised no data},
 * amounts in ten-thousandths of a point. The codes are stored once per campaign.
 */
final class ComponentFigures {

	private static final int FIELDS = 6;

	private ComponentFigures() {
	}

	static void append(StringBuilder text, long selfPoints, long selfMax, long appraisedPoints, long appraisedMax,
			int selfNoData, int appraisedNoData) {
		if (!text.isEmpty()) {
			text.append(';');
		}
		text.append(selfPoints)
			.append(',')
			.append(selfMax)
			.append(',')
			.append(appraisedPoints)
			.append(',')
			.append(appraisedMax)
			.append(',')
			.append(selfNoData)
			.append(',')
			.append(appraisedNoData);
	}

	/**
	 * The unit's components as stored rows, those the filter keeps, in order (areas and
	 * criteria, then parts).
	 * @param codes the campaign's component codes, then its part codes
	 */
	static List<StoredComponent> read(long unitId, String figures, boolean waitsForData, List<String> components,
			List<String> parts, Predicate<StoredComponent> keep) {
		List<StoredComponent> read = new ArrayList<>(components.size() + parts.size());
		long[] values = new long[FIELDS];
		int at = 0;
		int index = 0;
		int length = figures.length();
		while (at < length) {
			for (int field = 0; field < FIELDS; field++) {
				int end = at;
				while (end < length && figures.charAt(end) != ',' && figures.charAt(end) != ';') {
					end++;
				}
				values[field] = Long.parseLong(figures, at, end, 10);
				at = end + 1;
			}
			boolean part = index >= components.size();
			int position = part ? index - components.size() : index;
			StoredComponent component = new StoredComponent(unitId, part ? "P" : "N", position,
					part ? parts.get(position) : components.get(position), amount(values[0]), amount(values[1]),
					amount(values[2]), amount(values[3]), (int) values[4], (int) values[5], waitsForData);
			if (keep.test(component)) {
				read.add(component);
			}
			index++;
		}
		return read;
	}

	private static BigDecimal amount(long amount) {
		return BigDecimal.valueOf(amount, 4);
	}

}
