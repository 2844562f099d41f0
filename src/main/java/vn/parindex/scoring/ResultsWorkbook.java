package vn.parindex.scoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignView;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkTree;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The results workbook ({@code results.xlsx}), streamed whatever the campaign's size:
 * sheet {@code KetQua} one row per unit (rank, unit, points, maximum, index, group, peer
 * group and rank, then the index of every area, criterion and part); sheet
 * {@code ChiTiet} one row per unit and component with its points and maximum. Headers are
 * Vietnamese; numbers are numeric cells, indices rounded half-up to 2 decimals.
 */
@Component
class ResultsWorkbook {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ResultViews views;

	private final ResultQueries queries;

	private final FrameworkCatalog frameworks;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	ResultsWorkbook(ResultViews views, ResultQueries queries, FrameworkCatalog frameworks, MessageSource messages,
			TransactionTemplate transactions) {
		this.views = views;
		this.queries = queries;
		this.frameworks = frameworks;
		this.messages = messages;
		this.transactions = transactions;
	}

	void write(long campaignId, CurrentUser user, OutputStream out) throws IOException {
		CampaignView campaign = views.campaign(campaignId, user);
		Map<Long, UnitView> units = views.unitsById();
		FrameworkTree tree = frameworks.get(campaign.frameworkId()).tree();
		List<String> codes = tree.ordered()
			.stream()
			.filter((node) -> !tree.isLeaf(node.code()))
			.map((node) -> node.code())
			.toList();
		List<String> parts = tree.leaves()
			.stream()
			.map((leaf) -> leaf.part())
			.filter((part) -> part != null)
			.distinct()
			.toList();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet("KetQua", summaryColumns(codes, parts));
			transactions.executeWithoutResult((status) -> queries.forEachUnit(campaignId, (stored, components) -> {
				if (!ResultViews.ownUnitOnly(user) || java.util.Objects.equals(stored.unitId(), user.unitId())) {
					writer.row(summary(units.get(stored.unitId()), stored, components, codes, parts));
				}
			}));
			writer.sheet("ChiTiet", detailColumns());
			transactions.executeWithoutResult((status) -> queries.forEachUnit(campaignId, (stored, components) -> {
				if (!ResultViews.ownUnitOnly(user) || java.util.Objects.equals(stored.unitId(), user.unitId())) {
					UnitView unit = units.get(stored.unitId());
					for (StoredComponent component : components) {
						boolean finalised = stored.finalised();
						writer.row(unit.code(), unit.name(), label(component.isPart() ? "part" : "node"),
								component.code(), component.points(finalised), component.max(finalised),
								component.index(finalised));
					}
				}
			}));
			writer.write(out);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private Object[] summary(UnitView unit, StoredUnit stored, List<StoredComponent> components, List<String> codes,
			List<String> parts) {
		List<Object> row = new ArrayList<>();
		row.add(stored.place().rank());
		row.add(unit.code());
		row.add(unit.name());
		row.add(unit.type());
		row.add(label(stored.ranked() ? "yes" : "no"));
		row.add(label(stored.finalised() ? "appraised" : "self"));
		row.add(stored.points());
		row.add(stored.maxPoints());
		row.add(stored.index());
		row.add(stored.place().group());
		row.add(stored.place().peerGroup());
		row.add(stored.place().peerRank());
		for (String code : codes) {
			row.add(find(components, false, code).map((c) -> c.index(stored.finalised())).orElse(null));
		}
		for (String part : parts) {
			row.add(find(components, true, part).map((c) -> c.index(stored.finalised())).orElse(null));
		}
		return row.toArray();
	}

	private static java.util.Optional<StoredComponent> find(List<StoredComponent> components, boolean part,
			String code) {
		return components.stream().filter((c) -> c.isPart() == part && c.code().equals(code)).findFirst();
	}

	private List<Column> summaryColumns(List<String> codes, List<String> parts) {
		List<Column> columns = new ArrayList<>();
		for (String key : List.of("rank", "unit", "name", "type", "ranked", "variant", "points", "maxPoints", "index",
				"group", "peerGroup", "peerRank")) {
			columns.add(Column.optional(key, label(key)));
		}
		codes.forEach((code) -> columns.add(Column.optional("index_" + code, label("componentIndex", code))));
		parts.forEach((part) -> columns.add(Column.optional("part_" + part, label("partIndex", part))));
		return columns;
	}

	private List<Column> detailColumns() {
		List<Column> columns = new ArrayList<>();
		for (String key : List.of("unit", "name", "kind", "code", "points", "maxPoints", "index")) {
			columns.add(Column.optional(key, label(key)));
		}
		return columns;
	}

	private String label(String key, Object... arguments) {
		return messages.getMessage("scoring.xlsx." + key, arguments, VIETNAMESE);
	}

}
