package vn.parindex.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.parindex.audit.AuditRecord;
import vn.parindex.units.UnitTree.Node;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finds units for the hierarchy page and the API: by text in code or name (diacritics
 * ignored), by type, active or all, within what the reader may see.
 */
@Component
class UnitBrowser {

	/** Beyond this many units a tree starts folded. */
	static final int UNFOLDED_MAX = 300;

	private final UnitCatalog catalog;

	private final UnitTypes types;

	private final UnitEvents events;

	private final UnitLimits limits;

	UnitBrowser(UnitCatalog catalog, UnitTypes types, UnitEvents events, UnitLimits limits) {
		this.catalog = catalog;
		this.types = types;
		this.events = events;
		this.limits = limits;
	}

	/**
	 * @param query text in the code or name, or {@code null}
	 * @param type a type code, or {@code null} for all
	 * @param active {@code true} for active units only, {@code null} for all
	 */
	record Filter(String query, String type, Boolean active) {

		boolean narrowed() {
			return (query != null && !query.isBlank()) || type != null;
		}

		/**
		 * The hierarchy page with this filter but the given type ({@code null} for all).
		 */
		public String link(String otherType) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/units");
			if (otherType != null) {
				link.queryParam("type", otherType);
			}
			if (query != null && !query.isBlank()) {
				link.queryParam("q", query.strip());
			}
			if (active == null) {
				link.queryParam("inactive", true);
			}
			return link.encode().build().toUriString();
		}

	}

	/**
	 * @param counts units per type among those matching all but the type filter, in the
	 * order of types
	 */
	record UnitPage(UnitView unit, List<UnitView> ancestors, List<UnitView> children, Lineage lineage,
			List<AuditRecord> events) {

		public UnitView parent() {
			return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
		}

	}

	record Result(List<Node> tree, Map<String, Long> counts, long total, int matches, boolean unfolded) {
	}

	Result browse(Filter filter, LongPredicate canSee) {
		List<UnitView> visible = catalog.all().stream().filter((unit) -> canSee.test(unit.id())).toList();
		List<UnitView> candidates = visible.stream().filter(textAndStatus(filter)).toList();
		Map<String, Long> counts = new LinkedHashMap<>();
		candidates.stream()
			.sorted(Comparator.comparingInt((UnitView unit) -> types.order(unit.type())))
			.forEach((unit) -> counts.merge(unit.type(), 1L, Long::sum));
		List<UnitView> matches = candidates.stream().filter(ofType(filter)).toList();
		Set<Long> matching = matches.stream().map(UnitView::id).collect(Collectors.toSet());
		List<Node> tree = UnitTree.build(visible, (unit) -> matching.contains(unit.id()), siblingOrder(),
				limits.maxDepth());
		boolean unfolded = filter.narrowed() || matches.size() <= UNFOLDED_MAX;
		return new Result(tree, counts, candidates.size(), matches.size(), unfolded);
	}

	/** The matching units as a flat list in Vietnamese alphabetical order. */
	List<UnitView> find(Filter filter, LongPredicate canSee) {
		return catalog.all()
			.stream()
			.filter((unit) -> canSee.test(unit.id()))
			.filter(textAndStatus(filter))
			.filter(ofType(filter))
			.toList();
	}

	/** Every unit the reader may see, each parent before its children. */
	List<UnitView> treeOrder(LongPredicate canSee) {
		List<UnitView> visible = catalog.all().stream().filter((unit) -> canSee.test(unit.id())).toList();
		return UnitTree.depthFirst(UnitTree.build(visible, (unit) -> true, siblingOrder(), limits.maxDepth()));
	}

	/**
	 * Everything the unit's page shows; the children only as far as the reader may see
	 * them.
	 */
	UnitPage page(UnitView unit, LongPredicate canSee) {
		List<UnitView> ancestors = new ArrayList<>();
		for (Long up = unit.parentId(); up != null && ancestors.size() < 50;) {
			UnitView parent = catalog.byId(up).orElseThrow();
			ancestors.add(0, parent);
			up = parent.parentId();
		}
		List<UnitView> children = catalog.children(unit.id())
			.stream()
			.filter((child) -> canSee.test(child.id()))
			.sorted(siblingOrder())
			.toList();
		return new UnitPage(unit, ancestors, children, catalog.lineage(unit.id()), events.of(unit.id(), 200));
	}

	/** Within a parent: by type in the order of types, then by name. */
	Comparator<UnitView> siblingOrder() {
		return Comparator.comparingInt((UnitView unit) -> types.order(unit.type())).thenComparing(UnitView.BY_NAME);
	}

	/**
	 * Every word of the query is in the code or the name, diacritics and case ignored.
	 */
	private static Predicate<UnitView> textAndStatus(Filter filter) {
		List<String> words = (filter.query() == null) ? List.of()
				: List.of(UnitTree.fold(filter.query()).split("\\s+"))
					.stream()
					.filter((word) -> !word.isEmpty())
					.toList();
		return (unit) -> (filter.active() == null || unit.active() == filter.active())
				&& (words.isEmpty() || containsAll(UnitTree.fold(unit.code() + " " + unit.name()), words));
	}

	private static boolean containsAll(String text, List<String> words) {
		return words.stream().allMatch(text::contains);
	}

	private static Predicate<UnitView> ofType(Filter filter) {
		return (unit) -> filter.type() == null || filter.type().equals(unit.type());
	}

}
