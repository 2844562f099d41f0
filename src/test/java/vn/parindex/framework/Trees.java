package vn.parindex.framework;

import vn.parindex.engine.Source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Small frameworks for tests, written the way people read them.
 */
final class Trees {

	private Trees() {
	}

	static FrameworkNode area(String code, String name) {
		return new FrameworkNode(code, null, name, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode parent(String code, String parent, String name) {
		return new FrameworkNode(code, parent, name, null, null, null, null, null, null, null, false);
	}

	static FrameworkNode leaf(String code, String parent, String max) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), Source.SELF,
				RuleKind.MANUAL, "step=0.25", "Thẩm định", null, true);
	}

	static FrameworkNode leaf(String code, String parent, String max, Source source, RuleKind rule, String params) {
		return new FrameworkNode(code, parent, "Tiêu chí " + code, null, new BigDecimal(max), source, rule, params,
				null, null, source == Source.SELF);
	}

	/** Two areas (4 + 6 points) with a sub-criterion level under area 1. */
	static List<FrameworkNode> small() {
		return new ArrayList<>(
				List.of(area("1", "Chỉ đạo điều hành"), parent("1.1", "1", "Kế hoạch"), leaf("1.1.1", "1.1", "1.5"),
						leaf("1.1.2", "1.1", "1.5"), leaf("1.2", "1", "1"), area("2", "Thủ tục hành chính"),
						leaf("2.1", "2", "4", Source.STATISTIC, RuleKind.RATIO_TIERS,
								"indicator=TTHC_DUNG_HAN; 100%=100%; 80%=50%; 0%=0"),
						leaf("2.2", "2", "2", Source.SURVEY, RuleKind.SURVEY_SCALE, "scale=5")));
	}

}
