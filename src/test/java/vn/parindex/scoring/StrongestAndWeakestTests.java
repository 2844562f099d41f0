package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrongestAndWeakestTests {

	@Test
	void theStrongestAndWeakestAreChosenByExactIndexWithoutOverlap() {
		List<UnitProfile.Component> areas = List.of(area("1", "2", "3"), area("2", "1", "1"), area("3", "0", "0"),
				area("4", "1", "3"), area("5", "0", "5"), area("6", "9", "10"), area("7", "6667", "10000"));
		assertThat(UnitProfiles.strongest(areas)).extracting(UnitProfile.Component::code)
			.containsExactly("2", "6", "7");
		// 2/3 = 66.666…% is above 66.67 / 100 = 66.67%: exact ratios, not rounded
		// percentages
		assertThat(UnitProfiles.weakest(areas)).extracting(UnitProfile.Component::code).containsExactly("5", "4", "1");
	}

	@Test
	void noComponentTiedWithTheBestIsCalledWeakest() {
		List<UnitProfile.Component> areas = List.of(area("1", "4", "4"), area("2", "2", "2"), area("3", "1", "1"),
				area("4", "3", "4"));
		assertThat(UnitProfiles.strongest(areas)).extracting(UnitProfile.Component::code).containsExactly("1", "2");
		assertThat(UnitProfiles.weakest(areas)).extracting(UnitProfile.Component::code).containsExactly("4");
	}

	private static UnitProfile.Component area(String code, String points, String max) {
		BigDecimal maxPoints = new BigDecimal(max);
		BigDecimal achieved = new BigDecimal(points);
		return new UnitProfile.Component(code, "Lĩnh vực " + code, 1, achieved, maxPoints,
				Percentages.of(achieved, maxPoints), null, 0);
	}

}
