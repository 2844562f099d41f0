package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.engine.Options.Band;
import vn.parindex.engine.Options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringSettingsTests {

	@Test
	void theDefaultsAreTheProvincialBandsOnTheIndex() {
		ScoringSettings defaults = ScoringSettings.defaults();
		assertThat(defaults.problems()).isEmpty();
		assertThat(defaults.bandsText()).isEqualTo("A=90;B=80;C=70");
		assertThat(defaults.options().peers()).isEqualTo(Options.Peers.UNIT_TYPE);
	}

	@Test
	void bandsAreReadWithADecimalCommaOneAPairPerLine() {
		assertThat(ScoringSettings.parseBands("Xuất sắc = 92,5\nTốt=80;\n"))
			.containsExactly(new Band("Xuất sắc", new BigDecimal("92.5")), new Band("Tốt", new BigDecimal("80")));
		assertThatThrownBy(() -> ScoringSettings.parseBands("A 90")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void boundsOnTheIndexStayWithin0And100WithTwoDecimals() {
		assertThat(settings(Options.Basis.INDEX, "A=100.5").problems())
			.containsExactly("scoring.settings.error.bandBound");
		assertThat(settings(Options.Basis.INDEX, "A=90.125").problems())
			.containsExactly("scoring.settings.error.bandBound");
		assertThat(settings(Options.Basis.POINTS, "A=120;B=-1").problems())
			.containsExactly("scoring.settings.error.bandBound");
		assertThat(settings(Options.Basis.POINTS, "A=120;B=0").problems()).isEmpty();
	}

	@Test
	void bandsDecreaseStrictlyWithDistinctNames() {
		assertThat(settings(Options.Basis.INDEX, "A=80;B=80").problems())
			.containsExactly("scoring.settings.error.bandsDecreasing");
		assertThat(settings(Options.Basis.INDEX, "A=90;A=80").problems())
			.containsExactly("scoring.settings.error.bandNameTwice");
		assertThat(settings(Options.Basis.INDEX, " =90").problems()).containsExactly("scoring.settings.error.bandName");
	}

	private static ScoringSettings settings(Options.Basis basis, String bands) {
		List<Band> parsed = ScoringSettings.parseBands(bands);
		return new ScoringSettings(Options.RankMethod.COMPETITION, Options.TieBreak.NONE, basis, parsed,
				Options.Peers.NONE, 3, null);
	}

}
