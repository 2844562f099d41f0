package vn.parindex.units;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.units.UnitTree.Node;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTreeTests {

	private static final UnitView MINISTRY = new UnitView(1, "BNV", "Bộ Nội vụ", "MINISTRY", null, true, true);

	private static final UnitView VU = new UnitView(2, "BNV-VU", "Vụ Cải cách hành chính", "VU", 1L, true, true);

	private static final UnitView CUC = new UnitView(3, "BNV-CUC", "Cục Việc làm", "CUC", 1L, true, true);

	private static final UnitView PROVINCE = new UnitView(4, "DLK", "Tỉnh Đắk Lắk", "PROVINCE", null, true, true);

	private static final UnitView OTHER = new UnitView(5, "CM", "Tỉnh Cà Mau", "PROVINCE", null, true, true);

	private static final List<UnitView> ALL = List.of(VU, PROVINCE, CUC, MINISTRY, OTHER);

	@Test
	void childrenHangUnderTheirParentInTheGivenOrder() {
		List<Node> tree = UnitTree.build(ALL, (unit) -> true, UnitView.BY_NAME);
		assertThat(tree).extracting((node) -> node.unit().code()).containsExactly("BNV", "CM", "DLK");
		assertThat(tree.get(0).children()).extracting((node) -> node.unit().code())
			.containsExactly("BNV-CUC", "BNV-VU");
		assertThat(UnitTree.depthFirst(tree)).extracting(UnitView::code)
			.containsExactly("BNV", "BNV-CUC", "BNV-VU", "CM", "DLK");
	}

	@Test
	void aMatchIsShownUnderItsAncestorsWhichAreMarkedAsContext() {
		List<Node> tree = UnitTree.build(ALL, (unit) -> unit.type().equals("CUC"), UnitView.BY_NAME);
		assertThat(tree).singleElement().satisfies((ministry) -> {
			assertThat(ministry.unit()).isEqualTo(MINISTRY);
			assertThat(ministry.match()).isFalse();
			assertThat(ministry.children()).singleElement().satisfies((cuc) -> {
				assertThat(cuc.unit()).isEqualTo(CUC);
				assertThat(cuc.match()).isTrue();
			});
		});
	}

	@Test
	void aUnitWhoseParentIsNotVisibleIsARoot() {
		List<Node> tree = UnitTree.build(List.of(VU), (unit) -> true, UnitView.BY_NAME);
		assertThat(tree).extracting(Node::unit).containsExactly(VU);
	}

	@Test
	void searchTextIgnoresCaseAndVietnameseDiacritics() {
		assertThat(UnitTree.fold("Tỉnh Đắk Lắk")).isEqualTo("tinh dak lak");
		assertThat(UnitTree.fold("Thành phố HÀ NỘI")).isEqualTo("thanh pho ha noi");
		assertThat(UnitTree.fold(" Ủy ban Dân tộc ")).isEqualTo("uy ban dan toc");
	}

	@Test
	void namesSortTheVietnameseWay() {
		List<UnitView> sorted = List
			.of(new UnitView(1, "A", "Đồng Tháp", "PROVINCE", null, true, true),
					new UnitView(2, "B", "Điện Biên", "PROVINCE", null, true, true),
					new UnitView(3, "C", "Dak", "PROVINCE", null, true, true),
					new UnitView(4, "D", "Ea Súp", "PROVINCE", null, true, true))
			.stream()
			.sorted(UnitView.BY_NAME)
			.toList();
		assertThat(sorted).extracting(UnitView::name).containsExactly("Dak", "Điện Biên", "Đồng Tháp", "Ea Súp");
	}

}
