package vn.parindex.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of rates per quarter, drawn on the server as SVG (the template writes the
 * elements; no script, no style attribute): one line per ratio leaf, broken where a
 * quarter has no rate, a dot with its figure on each quarter that has one. The scale runs
 * from 0 to 100%, or to the next ten above the highest rate when one exceeds 100%.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param ticks the horizontal grid lines with their percent
 * @param labels the quarters along the bottom
 */
record BoardChart(int width, int height, List<Tick> ticks, List<Label> labels, List<Line> lines) {

	static final int LEFT = 44;

	static final int RIGHT = 12;

	static final int TOP = 10;

	static final int BOTTOM = 24;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A grid line at {@code percent}. */
	record Tick(String y, int percent) {
	}

	/** A quarter's label at {@code x}. */
	record Label(String x, Period quarter) {
	}

	/** A point of a line: a quarter's rate in percent (for display, 2 decimals). */
	record Dot(String x, String y, Period quarter, BigDecimal percent) {
	}

	/**
	 * One leaf's line.
	 *
	 * @param segments polyline point lists ({@code "x,y x,y"}), one per unbroken run
	 */
	record Line(String leafCode, String leafName, int colour, List<String> segments, List<Dot> dots) {
	}

	public boolean empty() {
		return lines.stream().allMatch((line) -> line.dots().isEmpty());
	}

	/**
	 * @param series per leaf, its rates as shares per quarter ({@code null} where none)
	 */
	static BoardChart of(int width, int height, List<Period> quarters, List<StatisticsBoard.Leaf> leaves,
			List<List<BigDecimal>> series) {
		BigDecimal highest = HUNDRED;
		for (List<BigDecimal> rates : series) {
			for (BigDecimal rate : rates) {
				if (rate != null && rate.multiply(HUNDRED).compareTo(highest) > 0) {
					highest = rate.multiply(HUNDRED);
				}
			}
		}
		int top = highest.divide(BigDecimal.TEN, 0, RoundingMode.CEILING).intValue() * 10;
		double plotWidth = width - LEFT - RIGHT;
		double plotHeight = height - TOP - BOTTOM;
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			int percent = top * i / 4;
			ticks.add(new Tick(number(TOP + plotHeight * (1 - (double) percent / top)), percent));
		}
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < quarters.size(); i++) {
			labels.add(new Label(number(x(i, quarters.size(), plotWidth)), quarters.get(i)));
		}
		List<Line> lines = new ArrayList<>();
		for (int leaf = 0; leaf < leaves.size(); leaf++) {
			List<BigDecimal> rates = series.get(leaf);
			List<String> segments = new ArrayList<>();
			List<Dot> dots = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			for (int i = 0; i < quarters.size(); i++) {
				BigDecimal rate = rates.get(i);
				if (rate == null) {
					if (!run.isEmpty()) {
						segments.add(run.toString());
						run.setLength(0);
					}
					continue;
				}
				String x = number(x(i, quarters.size(), plotWidth));
				String y = number(TOP + plotHeight * (1 - rate.doubleValue() * 100 / top));
				run.append(run.isEmpty() ? "" : " ").append(x).append(',').append(y);
				dots.add(new Dot(x, y, quarters.get(i), StatisticsBoard.percent(rate)));
			}
			if (!run.isEmpty()) {
				segments.add(run.toString());
			}
			StatisticsBoard.Leaf shown = leaves.get(leaf);
			lines.add(new Line(shown.code(), shown.name(), shown.colour(), segments, dots));
		}
		return new BoardChart(width, height, ticks, labels, lines);
	}

	private static double x(int index, int count, double plotWidth) {
		return (count <= 1) ? LEFT + plotWidth / 2 : LEFT + plotWidth * index / (count - 1);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	public int left() {
		return LEFT;
	}

	public int plotRight() {
		return width - RIGHT;
	}

	public int plotBottom() {
		return height - BOTTOM;
	}

}
