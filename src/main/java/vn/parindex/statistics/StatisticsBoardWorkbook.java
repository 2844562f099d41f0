package vn.parindex.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.engine.Amounts;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The board as a workbook ({@code board.xlsx}), streamed: sheet {@code BangTheoDoi} one
 * row per unit and statistic leaf (figures, rate, provisional points, state, the quarter
 * before, tiers); sheet {@code ChiSoDuKien} one row per unit (the projected index now and
 * the quarter before); sheet {@code XuHuong} one row per unit, leaf and quarter of the
 * year so far. Headers are Vietnamese; rates and indices are percentages rounded half-up
 * to 2 decimals, points exact, all numeric cells.
 */
@Component
class StatisticsBoardWorkbook {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	StatisticsBoardWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	static void download(HttpServletResponse response, StatisticsBoard board) {
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("bang-theo-doi-" + board.campaign().id() + "-" + board.quarter().text() + ".xlsx")
					.build()
					.toString());
	}

	void write(StatisticsBoard board, OutputStream out) throws IOException {
		String quarter = quarter(board.quarter());
		String provisional = label("provisional");
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet("BangTheoDoi",
					columns("quarter", "unit", "name", "leaf", "leafName", "indicator", "numerator", "denominator",
							"value", "rate", "points", "maxPoints", "state", "previousRate", "previousValue",
							"previousPoints", "change", "tierReached", "nextTier", "fellBelow", "status"));
			for (StatisticsBoard.Row row : board.rows()) {
				for (StatisticsBoard.Cell cell : row.cells()) {
					StatisticsBoard.Leaf leaf = cell.leaf();
					writer.row(quarter, row.unit().code(), row.unit().name(), leaf.code(), leaf.name(),
							leaf.indicator(), StatisticsBoard.plain(cell.numerator()),
							StatisticsBoard.plain(cell.denominator()), cell.shownValue(), cell.ratePercent(),
							Amounts.points(cell.points()), leaf.maxPoints(), state(cell, cell.state()),
							cell.previousRatePercent(), StatisticsBoard.plain(cell.previousValue()),
							Amounts.points(cell.previousPoints()), cell.change(), StatisticsBoard.plain(cell.reached()),
							StatisticsBoard.plain(cell.nextTier()), cell.fell() ? label("yes") : null, provisional);
				}
			}
			writer.sheet("ChiSoDuKien", columns("quarter", "unit", "name", "projectedPoints", "projectedMax",
					"projectedIndex", "previousIndex", "indexChange", "noData", "status"));
			for (StatisticsBoard.Row row : board.rows()) {
				StatisticsBoard.Projection projected = row.projected();
				writer.row(quarter, row.unit().code(), row.unit().name(), projected.shownPoints(), projected.shownMax(),
						projected.percent(), row.previousProjected().percent(), row.indexChange(), projected.noData(),
						provisional);
			}
			writer.sheet("XuHuong", columns("unit", "name", "leaf", "quarter", "rate", "value"));
			for (StatisticsBoard.Row row : board.rows()) {
				for (StatisticsBoard.Cell cell : row.cells()) {
					for (int i = 0; i < board.trend().size(); i++) {
						java.math.BigDecimal figure = cell.trend().get(i);
						boolean ratio = cell.leaf().ratio();
						writer.row(row.unit().code(), row.unit().name(), cell.leaf().code(),
								quarter(board.trend().get(i)), ratio ? StatisticsBoard.percent(figure) : null,
								ratio ? null : StatisticsBoard.plain(figure));
					}
				}
			}
			writer.write(out);
		}
	}

	private String state(StatisticsBoard.Cell cell, LeafOutcome.State state) {
		if (!cell.applies()) {
			return label("notForType");
		}
		return messages.getMessage("statistics.state." + state.name(), null, VIETNAMESE);
	}

	private String quarter(Period period) {
		return messages.getMessage("statistics.period.quarter",
				new Object[] { String.valueOf(period.year()), period.index() }, VIETNAMESE);
	}

	private List<Column> columns(String... keys) {
		List<Column> columns = new ArrayList<>();
		for (String key : keys) {
			columns.add(Column.optional(key, label("column." + key)));
		}
		return columns;
	}

	private String label(String key) {
		return messages.getMessage("statistics.board.xlsx." + key, null, VIETNAMESE);
	}

}
