package vn.parindex.demo;

import org.junit.jupiter.api.Test;
import vn.parindex.SharedTestDatabase;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units of the demo data: the 34 provincial-level units after the 2025 merger,
 * ministries, departments of the Ministry of Home Affairs, and one illustrative merger.
 */
@SpringBootTest(properties = "parindex.test.database=parindex_demo")
@ContextConfiguration(initializers = SharedTestDatabase.class)
@ActiveProfiles("demo")
class DemoUnitsTests {

	@Autowired
	UnitCatalog units;

	@Autowired
	DemoData demo;

	@Test
	void theProvincialLevelUnitsAfterTheMergerAreThirtyFourAndKeepTheDemoAccountsCodes() {
		assertThat(units.all()).filteredOn((unit) -> unit.type().equals("PROVINCE") && unit.active()).hasSize(34);
		assertThat(units.byCode("HN"))
			.hasValueSatisfying((unit) -> assertThat(unit.name()).isEqualTo("Thành phố Hà Nội"));
		assertThat(units.byCode("HP")).hasValueSatisfying((unit) -> assertThat(unit.active()).isTrue());
		assertThat(units.byCode("HCM"))
			.hasValueSatisfying((unit) -> assertThat(unit.name()).isEqualTo("Thành phố Hồ Chí Minh"));
	}

	@Test
	void twoAgenciesAreEvaluatedButNotRankedAndTheMinistryOfHomeAffairsHasCucAndVu() {
		assertThat(units.all()).filteredOn((unit) -> !unit.ranked())
			.extracting(UnitView::code)
			.containsExactlyInAnyOrder("TTCP", "UBDT");
		UnitView homeAffairs = units.byCode("BNV").orElseThrow();
		assertThat(units.children(homeAffairs.id())).extracting(UnitView::type).contains("CUC", "VU");
	}

	@Test
	void twoFormerProvincesMergedIntoOneOfThe34ShowTheirLineage() {
		UnitView haGiang = units.byCode("HG").orElseThrow();
		UnitView tuyenQuang = units.byCode("TQ").orElseThrow();
		assertThat(haGiang.active()).isFalse();
		assertThat(units.currentSuccessors(haGiang.id())).containsExactly(tuyenQuang);
		assertThat(units.predecessors(tuyenQuang.id())).extracting(UnitView::code).containsExactly("HG", "TQ.CU");
		assertThat(units.lineage(tuyenQuang.id()).restructurings()).singleElement()
			.satisfies((merger) -> assertThat(merger.note()).startsWith("Dữ liệu minh họa"));
	}

	@Test
	void runningAgainChangesNoUnit() throws Exception {
		var before = units.all();
		demo.run(null);
		assertThat(units.all()).isEqualTo(before);
		assertThat(units.lineage(units.byCode("TQ").orElseThrow().id()).restructurings()).hasSize(1);
	}

}
