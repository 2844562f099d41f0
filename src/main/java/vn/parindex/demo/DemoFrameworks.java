package vn.parindex.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.engine.Source;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.FrameworkSettings;
import vn.parindex.framework.RuleKind;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two illustrative frameworks (minh họa), not the official ones: a provincial index
 * shaped like the 2022–2030 scheme (8 areas, 100 points = 61.5 appraised + 38.5 impact:
 * SIPAS 10, leaders' survey 22, socio-economic statistics 6.5), and a ministry's internal
 * index for its departments (100 points). Their {@code STATISTIC} leaves name built-in
 * indicators; one of the internal index's is a {@code FORMULA}.
 */
@Component
@Profile(DemoData.PROFILE)
@Order(10)
class DemoFrameworks implements ApplicationRunner {

	static final String PROVINCIAL = "Bộ chỉ số CCHC cấp tỉnh (minh họa)";

	static final String INTERNAL = "Bộ chỉ số CCHC các đơn vị thuộc Bộ (minh họa)";

	private static final String APPRAISAL = "Thẩm định";

	private static final String IMPACT = "Tác động";

	private static final String LEVELS = "Tốt=100%; Đạt=50%; Không đạt=0";

	private static final String TIERS = "100%=100%; 90%=75%; 80%=50%; 0%=0";

	private final FrameworkCatalog frameworks;

	DemoFrameworks(FrameworkCatalog frameworks) {
		this.frameworks = frameworks;
	}

	@Override
	public void run(ApplicationArguments args) {
		int year = 2025;
		ensure(new FrameworkSettings(PROVINCIAL, year, "PROVINCE", new BigDecimal("2"), new BigDecimal("2")),
				provincial());
		ensure(new FrameworkSettings(INTERNAL, year, "CUC", new BigDecimal("1"), new BigDecimal("1")), internal());
	}

	private void ensure(FrameworkSettings settings, List<FrameworkNode> nodes) {
		boolean exists = frameworks.list()
			.stream()
			.anyMatch((f) -> f.name().equals(settings.name()) && f.year() == settings.year());
		if (!exists) {
			frameworks.create(settings, nodes, "demo");
		}
	}

	static List<FrameworkNode> provincial() {
		Nodes n = new Nodes();
		n.area("1", "Công tác chỉ đạo, điều hành cải cách hành chính");
		n.leaf("1.1", "1", "Kế hoạch CCHC năm ban hành đúng thời hạn", "2", Source.SELF, RuleKind.YES_NO, null,
				APPRAISAL);
		n.leaf("1.2", "1", "Mức độ hoàn thành kế hoạch CCHC", "2", Source.SELF, RuleKind.LEVELS, LEVELS, APPRAISAL);
		n.leaf("1.3", "1", "Báo cáo CCHC định kỳ đúng hạn", "1.5", Source.SELF, RuleKind.DEDUCTION, "step=0.5",
				APPRAISAL);
		n.leaf("1.4", "1", "Nhiệm vụ Chính phủ giao bị quá hạn", "1.5", Source.STATISTIC, RuleKind.DEDUCTION,
				"indicator=NHIEM_VU_QUA_HAN; step=0.25", APPRAISAL);
		n.leaf("1.5", "1", "Lãnh đạo, quản lý đánh giá công tác chỉ đạo CCHC", "3", Source.SURVEY,
				RuleKind.SURVEY_SCALE, "scale=5", IMPACT);
		n.area("2", "Cải cách thể chế");
		n.leaf("2.1", "2", "Xây dựng văn bản quy phạm pháp luật theo kế hoạch", "3", Source.SELF, RuleKind.LEVELS,
				LEVELS, APPRAISAL);
		n.leaf("2.2", "2", "Rà soát, hệ thống hóa văn bản", "2", Source.SELF, RuleKind.MANUAL, "step=0.25", APPRAISAL);
		n.leaf("2.3", "2", "Kiểm tra, xử lý văn bản trái pháp luật", "2", Source.SELF, RuleKind.YES_NO, null,
				APPRAISAL);
		n.leaf("2.4", "2", "Lãnh đạo, quản lý đánh giá chất lượng thể chế", "3", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		n.area("3", "Cải cách thủ tục hành chính");
		n.criterion("3.1", "3", "Kiểm soát thủ tục hành chính");
		n.leaf("3.1.1", "3.1", "Công bố, công khai thủ tục hành chính đúng hạn", "2", Source.SELF, RuleKind.YES_NO,
				null, APPRAISAL);
		n.leaf("3.1.2", "3.1", "Rà soát, đơn giản hóa thủ tục hành chính", "2", Source.SELF, RuleKind.LEVELS, LEVELS,
				APPRAISAL);
		n.criterion("3.2", "3", "Kết quả giải quyết thủ tục hành chính");
		n.leaf("3.2.1", "3.2", "Tỷ lệ hồ sơ cấp tỉnh giải quyết đúng hạn", "2.5", Source.STATISTIC,
				RuleKind.RATIO_TIERS, measured("TTHC_DUNG_HAN_TINH", TIERS), APPRAISAL);
		n.leaf("3.2.2", "3.2", "Tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "2.5", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("TTHC_DUNG_HAN_XA", TIERS), APPRAISAL);
		n.leaf("3.2.3", "3.2", "Tỷ lệ phản ánh, kiến nghị được xử lý", "2", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("PAKN_DUNG_HAN", "linear; zero=full"), APPRAISAL);
		n.leaf("3.3", "3", "Lãnh đạo, quản lý đánh giá cải cách thủ tục hành chính", "3", Source.SURVEY,
				RuleKind.SURVEY_SCALE, "scale=5", IMPACT);
		n.area("4", "Cải cách tổ chức bộ máy hành chính nhà nước");
		n.leaf("4.1", "4", "Sắp xếp tổ chức bộ máy theo quy định", "3", Source.SELF, RuleKind.LEVELS, LEVELS,
				APPRAISAL);
		n.leaf("4.2", "4", "Thực hiện tinh giản biên chế theo kế hoạch", "3", Source.SELF, RuleKind.MANUAL, "step=0.5",
				APPRAISAL);
		n.leaf("4.3", "4", "Lãnh đạo, quản lý đánh giá tổ chức bộ máy", "3", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		n.area("5", "Cải cách chế độ công vụ");
		n.leaf("5.1", "5", "Vị trí việc làm được phê duyệt và thực hiện", "3", Source.SELF, RuleKind.YES_NO, null,
				APPRAISAL);
		n.leaf("5.2", "5", "Tuyển dụng, bổ nhiệm đúng quy định", "3.5", Source.SELF, RuleKind.LEVELS, LEVELS,
				APPRAISAL);
		n.leaf("5.3", "5", "Kỷ luật, kỷ cương hành chính", "3", Source.SELF, RuleKind.DEDUCTION, "step=0.5", APPRAISAL);
		n.leaf("5.4", "5", "Lãnh đạo, quản lý đánh giá chế độ công vụ", "3", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		n.area("6", "Cải cách tài chính công");
		n.leaf("6.1", "6", "Tỷ lệ giải ngân vốn đầu tư công", "3.5", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("GIAI_NGAN_DTC", TIERS), APPRAISAL);
		n.leaf("6.2", "6", "Tự chủ tài chính của đơn vị sự nghiệp công lập", "3.5", Source.SELF, RuleKind.MANUAL,
				"step=0.25", APPRAISAL);
		n.leaf("6.3", "6", "Lãnh đạo, quản lý đánh giá cải cách tài chính công", "3", Source.SURVEY,
				RuleKind.SURVEY_SCALE, "scale=5", IMPACT);
		n.area("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số");
		n.leaf("7.1", "7", "Tỷ lệ hồ sơ trực tuyến toàn trình", "4", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("HO_SO_TRUC_TUYEN", "linear; target=50%"), APPRAISAL);
		n.leaf("7.2", "7", "Tỷ lệ văn bản điện tử có chữ ký số", "4", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("CHU_KY_SO", TIERS), APPRAISAL);
		n.leaf("7.3", "7", "Kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia", "3", Source.SELF, RuleKind.YES_NO,
				null, APPRAISAL);
		n.leaf("7.4", "7", "Hệ thống thông tin giải quyết thủ tục hành chính", "3", Source.SELF, RuleKind.LEVELS,
				LEVELS, APPRAISAL);
		n.leaf("7.5", "7", "Lãnh đạo, quản lý đánh giá chính quyền số", "2", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		n.area("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội");
		n.leaf("8.1", "8", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "10", Source.SURVEY, RuleKind.RATIO_TIERS,
				"linear", IMPACT);
		n.leaf("8.2", "8", "Lãnh đạo, quản lý đánh giá tác động của CCHC", "2", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		n.leaf("8.3", "8", "Tốc độ tăng trưởng kinh tế so với kế hoạch", "3", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("TANG_TRUONG_KT", TIERS), IMPACT);
		n.leaf("8.4", "8", "Thu hút đầu tư so với kế hoạch", "3.5", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("THU_HUT_DAU_TU", TIERS), IMPACT);
		n.area("9", "Điểm thưởng và điểm trừ");
		n.leaf("9.1", "9", "Sáng kiến CCHC được công nhận", "2", Source.BONUS, RuleKind.MANUAL, "step=0.5", null);
		n.leaf("9.2", "9", "Vi phạm bị cơ quan có thẩm quyền kết luận", "2", Source.PENALTY, RuleKind.DEDUCTION,
				"step=0.5", null);
		return n.nodes;
	}

	static List<FrameworkNode> internal() {
		Nodes n = new Nodes();
		n.area("1", "Công tác chỉ đạo, điều hành CCHC của đơn vị");
		n.leaf("1.1", "1", "Kế hoạch CCHC của đơn vị", "10", Source.SELF, RuleKind.YES_NO, null, APPRAISAL);
		n.leaf("1.2", "1", "Báo cáo CCHC đúng hạn", "10", Source.SELF, RuleKind.DEDUCTION, "step=2.5", APPRAISAL);
		n.area("2", "Cải cách thủ tục hành chính");
		n.leaf("2.1", "2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "20", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("TTHC_DUNG_HAN", TIERS), APPRAISAL, "CUC");
		n.leaf("2.2", "2", "Tham mưu đơn giản hóa thủ tục hành chính", "20", Source.SELF, RuleKind.LEVELS, LEVELS,
				APPRAISAL, "VU");
		n.area("3", "Hiện đại hóa hành chính");
		n.leaf("3.1", "3", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "15", Source.STATISTIC, RuleKind.RATIO_TIERS,
				measured("VAN_BAN_DIEN_TU", "linear"), APPRAISAL);
		n.leaf("3.2", "3", "Lãnh đạo đơn vị ký số văn bản đi", "10", Source.SELF, RuleKind.YES_NO, null, APPRAISAL);
		// the share of all outgoing documents sent electronically and signed digitally:
		// (electronic / all) × (signed / electronic)
		n.leaf("3.3", "3", "Tỷ lệ văn bản đi vừa điện tử vừa có chữ ký số", "5", Source.STATISTIC, RuleKind.FORMULA,
				"A=VAN_BAN_DIEN_TU; B=CHU_KY_SO; formula=5*A*B", APPRAISAL);
		n.area("4", "Đánh giá của công chức");
		n.leaf("4.1", "4", "Công chức đánh giá công tác CCHC của đơn vị", "10", Source.SURVEY, RuleKind.SURVEY_SCALE,
				"scale=5", IMPACT);
		return n.nodes;
	}

	/** The parameters of a {@code STATISTIC} leaf fed from the indicator. */
	private static String measured(String indicator, String rule) {
		return "indicator=" + indicator + "; " + rule;
	}

	/** A compact way to write a tree in code. */
	private static final class Nodes {

		private final List<FrameworkNode> nodes = new ArrayList<>();

		void area(String code, String name) {
			criterion(code, null, name);
		}

		void criterion(String code, String parent, String name) {
			nodes.add(new FrameworkNode(code, parent, name, null, null, null, null, null, null, null, false));
		}

		void leaf(String code, String parent, String name, String max, Source source, RuleKind rule, String params,
				String part) {
			leaf(code, parent, name, max, source, rule, params, part, null);
		}

		void leaf(String code, String parent, String name, String max, Source source, RuleKind rule, String params,
				String part, String appliesTo) {
			String guidance = "Hướng dẫn chấm điểm minh họa cho tiêu chí " + code + ".";
			nodes.add(new FrameworkNode(code, parent, name, guidance, new BigDecimal(max), source, rule, params, part,
					appliesTo, source == Source.SELF));
		}

	}

}
