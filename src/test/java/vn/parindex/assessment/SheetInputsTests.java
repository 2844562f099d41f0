package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.engine.LeafFigures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SheetInputsTests {

	@Autowired
	SheetFixture fixture;

	@Autowired
	SheetInputs inputs;

	@Autowired
	SheetReview review;

	@Test
	void theBareFiguresAgreeWithTheEntries() {
		SheetFixture.Scene scene = fixture.submitted();
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		review.appraise(campaign, unit, "1.1", new BigDecimal("2.75"), null, "Thiếu minh chứng quý IV", "thamdinh");
		review.appraise(campaign, unit, "2.2", new BigDecimal("0.5"), false, "Có nhiệm vụ quá hạn", "thamdinh");
		List<String> figures = new ArrayList<>();
		LeafFigures sink = (unitId, leaf, self, appraised, notApplicable, appraisedNotApplicable) -> figures.add(unitId
				+ " " + leaf + " " + self + " " + appraised + " " + notApplicable + " " + appraisedNotApplicable);
		inputs.figures(campaign, null, sink);
		List<String> expected = List.of(unit + " 1.1 30000 27500 false false", unit + " 1.2 20000 20000 false false",
				unit + " 1.3 20000 20000 false false", unit + " 2.1 20000 20000 false false",
				unit + " 2.2 " + LeafFigures.NO_VALUE + " 5000 true false");
		assertThat(figures).containsExactlyInAnyOrderElementsOf(expected);
		figures.clear();
		inputs.figures(campaign, List.of(unit), sink);
		assertThat(figures).containsExactlyInAnyOrderElementsOf(expected);
		figures.clear();
		inputs.figures(campaign, List.of(unit + 1000), sink);
		assertThat(figures).isEmpty();
		SheetInput sheet = inputs.forUnit(campaign, unit).orElseThrow();
		assertThat(sheet.entry("2.2").effectiveAppraisedPoints()).isEqualByComparingTo("0.5");
		assertThat(sheet.status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(inputs.forCampaign(campaign)).containsOnlyKeys(unit);
	}

}
