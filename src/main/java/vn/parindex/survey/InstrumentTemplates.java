package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.parindex.problem.Refusal;

import org.springframework.stereotype.Component;

/**
 * The two built-in instruments, labelled as templates to adapt: each call makes a new,
 * editable instrument for a year. {@code SIPAS} asks citizens and organisations about an
 * administrative service (the five elements of the 2017–2020 model) and, as the 2022+
 * model does, about the services and nine groups of public policies; {@code LEADERS} asks
 * the province's leaders and managers about each area of administrative reform, with a
 * context placeholder where the secretariat puts the province's own figures. Leaf codes
 * are left empty: the secretariat maps the questions to its framework.
 */
@Component
class InstrumentTemplates {

	static final String SIPAS = "SIPAS";

	static final String LEADERS = "LEADERS";

	static final List<String> ALL = List.of(SIPAS, LEADERS);

	/** A satisfaction scale from very satisfied to very dissatisfied. */
	static final String SATISFACTION = "A. Rất hài lòng=100%; B. Hài lòng=75%; C. Bình thường=50%; "
			+ "D. Không hài lòng=25%; E. Rất không hài lòng=0%";

	/** The four-option scale of provincial survey software. */
	static final String QUALITY = "A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%";

	static final String CONTEXT = "[Ban Thư ký thay đoạn này bằng số liệu của chính tỉnh: %s.]";

	private final InstrumentCatalog catalog;

	InstrumentTemplates(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Stores a new instrument made from the template for the year.
	 * @param name its name, or {@code null} for the template's
	 * @throws Refusal 404 for an unknown template, 400 for a year out of range
	 */
	long create(String template, Integer year, String name, String actor) {
		Instrument made = instrument(template, year);
		if (name != null && !name.isBlank()) {
			made = new Instrument(0, name, made.year(), made.template(), made.layout(), made.satisfaction(),
					made.groups(), made.questions());
		}
		return catalog.create(made, actor);
	}

	/** The template's instrument for the year, not stored. */
	static Instrument instrument(String template, Integer year) {
		String name = (template != null) ? template.strip().toUpperCase(Locale.ROOT) : "";
		int y = (year != null) ? year : 0;
		return switch (name) {
			case SIPAS -> sipas(y);
			case LEADERS -> leaders(y);
			default -> throw Refusal.notFound("survey.instruments.template.unknown", template);
		};
	}

	static Instrument sipas(int year) {
		List<Question> questions = new ArrayList<>();
		String access = "Tiếp cận dịch vụ";
		sipas(questions, "S1.1", access,
				"Nơi tiếp nhận hồ sơ và trả kết quả dễ tìm, đi lại thuận tiện đối với Ông/Bà ở mức nào?", false);
		sipas(questions, "S1.2", access, "Chỗ ngồi chờ tại nơi làm thủ tục có đủ cho người đến giao dịch không?",
				false);
		sipas(questions, "S1.3", access,
				"Trang thiết bị phục vụ người đến làm thủ tục (bàn ghi hồ sơ, máy tra cứu, nước uống…) "
						+ "có đầy đủ và dùng được không?",
				false);
		sipas(questions, "S1.4", access, "Ông/Bà sử dụng các trang thiết bị đó có dễ dàng, thuận tiện không?", false);
		String procedure = "Thủ tục hành chính";
		sipas(questions, "S2.1", procedure,
				"Thủ tục Ông/Bà thực hiện có được niêm yết công khai, đầy đủ tại nơi giải quyết hoặc trên cổng "
						+ "dịch vụ công không?",
				false);
		sipas(questions, "S2.2", procedure, "Giấy tờ Ông/Bà phải nộp có đúng như thành phần hồ sơ đã công khai không?",
				false);
		sipas(questions, "S2.3", procedure, "Phí, lệ phí Ông/Bà phải nộp có đúng mức đã công khai không?", false);
		sipas(questions, "S2.4", procedure,
				"Thời hạn giải quyết ghi trên giấy hẹn có đúng thời hạn đã công khai không?", false);
		sipas(questions, "S2.5", procedure, "Số lần Ông/Bà phải đi lại để hoàn thành thủ tục có hợp lý không?", false);
		String servant = "Công chức giải quyết công việc";
		sipas(questions, "S3.1", servant, "Công chức tiếp nhận hồ sơ có thái độ lịch sự, tôn trọng Ông/Bà không?",
				false);
		sipas(questions, "S3.2", servant, "Công chức có chú ý lắng nghe ý kiến, câu hỏi của Ông/Bà không?", false);
		sipas(questions, "S3.3", servant, "Công chức có trả lời, giải thích đầy đủ các vấn đề Ông/Bà hỏi không?",
				false);
		sipas(questions, "S3.4", servant, "Công chức hướng dẫn kê khai hồ sơ có tận tình, dễ hiểu không?", false);
		sipas(questions, "S3.5", servant, "Ông/Bà có được hướng dẫn một lần là đủ để hoàn thiện hồ sơ không?", false);
		sipas(questions, "S3.6", servant,
				"Công chức có làm đúng quy định, không gây phiền hà, không đòi thêm tiền hay quà không?", false);
		String result = "Kết quả giải quyết";
		sipas(questions, "S4.1", result, "Kết quả Ông/Bà nhận được có đúng quy định không?", false);
		sipas(questions, "S4.2", result, "Thông tin trong kết quả có đầy đủ, chính xác không?", false);
		sipas(questions, "S4.3", result, "Ông/Bà có nhận được kết quả đúng hẹn không?", false);
		String feedback = "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị";
		sipas(questions, "S5.1", feedback,
				"Cơ quan có bố trí nơi hoặc hình thức (hòm thư, đường dây nóng, cổng điện tử) để tiếp nhận "
						+ "góp ý, phản ánh, kiến nghị không?",
				true);
		sipas(questions, "S5.2", feedback, "Ông/Bà gửi góp ý, phản ánh, kiến nghị có dễ dàng không?", true);
		sipas(questions, "S5.3", feedback,
				"Góp ý, phản ánh, kiến nghị của Ông/Bà có được tiếp nhận và xử lý tích cực không?", true);
		sipas(questions, "S5.4", feedback,
				"Ông/Bà có được thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời không?", true);
		String services = "Đánh giá dịch vụ hành chính công";
		String[] items = { "Việc tìm hiểu thông tin về thủ tục (điều kiện, hồ sơ, thời hạn, chi phí) dễ dàng",
				"Thủ tục đơn giản, dễ thực hiện", "Chi phí phải bỏ ra để làm thủ tục hợp lý",
				"Thời gian chờ đợi và giải quyết nhanh, đúng hẹn",
				"Công chức phục vụ tận tình, đúng mực, không gây phiền hà",
				"Dịch vụ công trực tuyến dễ dùng, không phải nộp lại giấy tờ đã có",
				"Kết quả nhận được đúng, đủ và có thể dùng ngay", "Góp ý, phản ánh được lắng nghe và trả lời" };
		for (int i = 0; i < items.length; i++) {
			questions.add(QuestionText.parse("DV" + (i + 1), "", items[i] + ": Ông/Bà hài lòng ở mức nào?",
					AnswerType.CHOICE, SATISFACTION, true, null, services, "A,B", null));
		}
		String policies = "Chính sách công";
		String[] areas = { "phát triển kinh tế", "y tế", "giáo dục phổ thông", "cung cấp nước sạch sinh hoạt",
				"cung cấp điện sinh hoạt", "bảo đảm an ninh, trật tự", "giao thông đường bộ", "an sinh xã hội",
				"cải cách hành chính" };
		for (int i = 0; i < areas.length; i++) {
			questions.add(QuestionText.parse("CS" + (i + 1), "NGUOI_DAN",
					"Ông/Bà hài lòng ở mức nào với chính sách về " + areas[i] + " tại địa phương trong năm qua?",
					AnswerType.CHOICE, SATISFACTION, true, null, policies, "A,B", null));
		}
		questions.add(QuestionText.parse("GY", "", "Ông/Bà có góp ý gì để dịch vụ hành chính công tốt hơn?",
				AnswerType.TEXT, "", false, null, null, "", null));
		return new Instrument(0, "Khảo sát sự hài lòng của người dân, tổ chức (mẫu SIPAS) năm " + year, year, SIPAS,
				Layout.ONE_PER_SCREEN, Satisfaction.SHARE,
				List.of(new RespondentGroup("NGUOI_DAN", "Người dân", BigDecimal.ONE),
						new RespondentGroup("TO_CHUC", "Tổ chức", BigDecimal.ONE)),
				questions);
	}

	private static void sipas(List<Question> questions, String code, String element, String text, boolean cannotJudge) {
		questions.add(QuestionText.parse(code, "", text, AnswerType.CHOICE, SATISFACTION, cannotJudge, null, element,
				"A,B", null));
	}

	static Instrument leaders(int year) {
		List<Question> questions = new ArrayList<>();
		String all = "";
		String managers = "LD_SO,LD_PHONG,LD_HUYEN_XA";
		String direction = "Công tác chỉ đạo, điều hành cải cách hành chính";
		leader(questions, "L1.1", all, direction,
				"Kế hoạch cải cách hành chính năm của tỉnh cụ thể, khả thi ở mức nào?", true,
				"số nhiệm vụ của kế hoạch năm và số nhiệm vụ đã hoàn thành");
		leader(questions, "L1.2", all, direction,
				"Người đứng đầu các cơ quan, địa phương quan tâm, sát sao chỉ đạo cải cách hành chính ở mức nào?",
				false, "số cuộc họp, kiểm tra về cải cách hành chính do lãnh đạo tỉnh chủ trì");
		leader(questions, "L1.3", all, direction,
				"Công tác kiểm tra và tuyên truyền cải cách hành chính có tác dụng thực tế ở mức nào?", true,
				"số cơ quan, địa phương được kiểm tra và số tồn tại đã được khắc phục");
		String institutions = "Xây dựng và tổ chức thi hành văn bản quy phạm pháp luật";
		leader(questions, "L2.1", all, institutions,
				"Văn bản quy phạm pháp luật do tỉnh ban hành phù hợp với thực tiễn, dễ thực hiện ở mức nào?", false,
				"số văn bản quy phạm pháp luật ban hành trong năm và số văn bản phải sửa đổi, bãi bỏ");
		leader(questions, "L2.2", all, institutions,
				"Việc lấy ý kiến người dân, doanh nghiệp khi soạn thảo văn bản được làm thực chất ở mức nào?", true,
				"số dự thảo được đăng lấy ý kiến và số ý kiến nhận được");
		leader(questions, "L2.3", managers, institutions,
				"Việc theo dõi thi hành pháp luật giúp phát hiện và xử lý vướng mắc ở mức nào?", false,
				"số vướng mắc được phát hiện và số đã được xử lý");
		String procedures = "Cải cách thủ tục hành chính";
		leader(questions, "L3.1", all, procedures,
				"Thủ tục hành chính của tỉnh được rà soát, cắt giảm, đơn giản hóa thực chất ở mức nào?", true,
				"số thủ tục được đơn giản hóa và chi phí tuân thủ cắt giảm được");
		leader(questions, "L3.2", all, procedures, "Thủ tục hành chính được công khai đầy đủ, dễ tra cứu ở mức nào?",
				false, "tỷ lệ thủ tục được công khai trên cổng dịch vụ công");
		leader(questions, "L3.3", all, procedures,
				"Bộ phận một cửa các cấp tiếp nhận, giải quyết hồ sơ đúng hạn, thuận tiện ở mức nào?", true,
				"tỷ lệ hồ sơ giải quyết đúng hạn và số hồ sơ trễ hạn có văn bản xin lỗi");
		String organisation = "Cải cách tổ chức bộ máy hành chính nhà nước";
		leader(questions, "L4.1", all, organisation,
				"Bộ máy các cơ quan, đơn vị được sắp xếp tinh gọn, hoạt động hiệu lực, hiệu quả ở mức nào?", false,
				"số đầu mối được sắp xếp lại và số biên chế tinh giản");
		leader(questions, "L4.2", managers, organisation,
				"Việc phân cấp, ủy quyền cho cấp dưới rõ ràng, hợp lý ở mức nào?", true,
				"số nhiệm vụ, thẩm quyền được phân cấp, ủy quyền trong năm");
		String civilService = "Cải cách chế độ công vụ";
		leader(questions, "L5.1", all, civilService,
				"Tuyển dụng, bổ nhiệm cán bộ, công chức được thực hiện công khai, minh bạch ở mức nào?", false,
				"số cuộc tuyển dụng, thi nâng ngạch và số người được bổ nhiệm");
		leader(questions, "L5.2", all, civilService,
				"Kỷ luật, kỷ cương hành chính của cán bộ, công chức được chấp hành nghiêm ở mức nào?", true,
				"số cán bộ, công chức bị xử lý kỷ luật trong năm");
		leader(questions, "L5.3", all, civilService,
				"Năng lực của đội ngũ cán bộ, công chức đáp ứng yêu cầu công việc ở mức nào?", true,
				"số lượt cán bộ, công chức được bồi dưỡng trong năm");
		String finance = "Cải cách tài chính công";
		leader(questions, "L6.1", all, finance,
				"Ngân sách và đầu tư công của tỉnh được công khai, minh bạch ở mức nào?", false,
				"tỷ lệ giải ngân vốn đầu tư công và các báo cáo ngân sách đã công khai");
		leader(questions, "L6.2", "LD_SO,LD_HUYEN_XA", finance,
				"Cơ chế tự chủ tài chính giúp các đơn vị sự nghiệp công lập hoạt động hiệu quả hơn ở mức nào?", true,
				"số đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên");
		String digital = "Xây dựng và phát triển chính quyền điện tử, chính quyền số";
		leader(questions, "L7.1", all, digital,
				"Hệ thống giải quyết thủ tục hành chính và dịch vụ công trực tuyến của tỉnh vận hành ổn định, "
						+ "dễ dùng ở mức nào?",
				false, "tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ hồ sơ được số hóa");
		leader(questions, "L7.2", all, digital,
				"Văn bản điện tử, chữ ký số và họp trực tuyến được dùng trong công việc hằng ngày ở mức nào?", true,
				"tỷ lệ văn bản gửi, nhận dưới dạng điện tử");
		String impact = "Tác động của cải cách hành chính";
		leader(questions, "L8.1", all, impact,
				"Cải cách hành chính góp phần nâng cao chất lượng thể chế, chính sách của tỉnh ở mức nào?", true,
				"các kết quả nổi bật về thể chế, chính sách trong năm");
		leader(questions, "L8.2", all, impact,
				"Cải cách hành chính góp phần cải thiện môi trường đầu tư, kinh doanh ở mức nào?", true,
				"số doanh nghiệp thành lập mới và vốn đầu tư thu hút được trong năm");
		leader(questions, "L8.3", all, impact,
				"Cải cách hành chính góp phần nâng cao sự hài lòng của người dân, tổ chức ở mức nào?", true,
				"chỉ số SIPAS của tỉnh năm trước");
		questions.add(QuestionText.parse("L9", "",
				"Ông/Bà đề xuất giải pháp gì để cải cách hành chính của tỉnh " + "đạt kết quả tốt hơn?",
				AnswerType.TEXT, "", false, null, null, "", null));
		return new Instrument(0, "Khảo sát lãnh đạo, quản lý về cải cách hành chính cấp tỉnh năm " + year, year,
				LEADERS, Layout.ONE_PAGE, Satisfaction.SHARE,
				List.of(new RespondentGroup("DAI_BIEU_HDND", "Đại biểu Hội đồng nhân dân tỉnh", BigDecimal.ONE),
						new RespondentGroup("LD_SO", "Lãnh đạo sở, ban, ngành tỉnh", BigDecimal.ONE),
						new RespondentGroup("LD_PHONG", "Lãnh đạo phòng và tương đương thuộc sở, ban, ngành",
								BigDecimal.ONE),
						new RespondentGroup("LD_HUYEN_XA", "Lãnh đạo Ủy ban nhân dân cấp huyện, cấp xã",
								BigDecimal.ONE)),
				questions);
	}

	/**
	 * A question on a five-point scale ({@code scale}) or on the A–D options, always with
	 * "cannot judge" and a context placeholder.
	 */
	private static void leader(List<Question> questions, String code, String groups, String area, String text,
			boolean scale, String figures) {
		questions.add(scale
				? QuestionText.parse(code, groups, text + " (1 = rất kém, 5 = rất tốt)", AnswerType.SCALE, "scale=5",
						true, null, area, "4,5", CONTEXT.formatted(figures))
				: QuestionText.parse(code, groups, text, AnswerType.CHOICE, QUALITY, true, null, area, "A,B",
						CONTEXT.formatted(figures)));
	}

}
