package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

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
		inputs.figures(campaign,
				(unitId, leaf, self, appraised, notApplicable, appraisedNotApplicable) -> figures.add(unitId + " "
						+ leaf + " " + self + " " + appraised + " " + notApplicable + " " + appraisedNotApplicable));
		assertThat(figures).containsExactlyInAnyOrder(unit + " 1.1 300 275 false false",
				unit + " 1.2 200 200 false false", unit + " 1.3 200 200 false false", unit + " 2.1 200 200 false false",
				unit + " 2.2 " + LeafFigures.NO_POINTS + " 50 true false");
		SheetInput sheet = inputs.forUnit(campaign, unit).orElseThrow();
		assertThat(sheet.entry("2.2").effectiveAppraisedPoints()).isEqualByComparingTo("0.5");
		assertThat(inputs.statuses(campaign)).containsEntry(unit, SheetStatus.SUBMITTED).hasSize(1);
	}

}
