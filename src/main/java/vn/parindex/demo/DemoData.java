package vn.parindex.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.NewUser;
import vn.parindex.accounts.Role;
import vn.parindex.units.RestructuringRequest;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitDetails;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Illustrative data (dữ liệu minh họa) for trying ParIndex: one account per role, the 34
 * provincial-level units after the 2025 merger, a few ministries with departments of the
 * Ministry of Home Affairs, and one merger to show lineage. Only with the {@code demo}
 * profile; runs again harmlessly on every start.
 */
@Component
@Profile(DemoData.PROFILE)
class DemoData implements ApplicationRunner {

	static final String PROFILE = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String ACTOR = "demo";

	/** Parents before their children; short codes that stay (HN and HP have accounts). */
	private static final List<UnitDetails> DEMO_UNITS = List.of(city("HN", "Hà Nội"), city("HUE", "Huế"),
			city("HP", "Hải Phòng"), city("DNG", "Đà Nẵng"), city("HCM", "Hồ Chí Minh"), city("CT", "Cần Thơ"),
			province("TQ", "Tuyên Quang"), province("CB", "Cao Bằng"), province("LCH", "Lai Châu"),
			province("LCA", "Lào Cai"), province("TNG", "Thái Nguyên"), province("DB", "Điện Biên"),
			province("LS", "Lạng Sơn"), province("SL", "Sơn La"), province("PT", "Phú Thọ"), province("BN", "Bắc Ninh"),
			province("QNI", "Quảng Ninh"), province("HY", "Hưng Yên"), province("NB", "Ninh Bình"),
			province("TH", "Thanh Hóa"), province("NA", "Nghệ An"), province("HT", "Hà Tĩnh"),
			province("QT", "Quảng Trị"), province("QNG", "Quảng Ngãi"), province("GL", "Gia Lai"),
			province("KH", "Khánh Hòa"), province("LD", "Lâm Đồng"), province("DLK", "Đắk Lắk"),
			province("DNA", "Đồng Nai"), province("TN", "Tây Ninh"), province("VL", "Vĩnh Long"),
			province("DT", "Đồng Tháp"), province("CM", "Cà Mau"), province("AG", "An Giang"),
			UnitDetails.of("HG", "Tỉnh Hà Giang (trước 01/7/2025)", "PROVINCE"),
			UnitDetails.of("TQ.CU", "Tỉnh Tuyên Quang (trước 01/7/2025)", "PROVINCE"),
			UnitDetails.of("BNV", "Bộ Nội vụ", "MINISTRY"), UnitDetails.of("BTC", "Bộ Tài chính", "MINISTRY"),
			UnitDetails.of("BTP", "Bộ Tư pháp", "MINISTRY"), UnitDetails.of("BYT", "Bộ Y tế", "MINISTRY"),
			UnitDetails.of("TTCP", "Thanh tra Chính phủ", "MINISTRY").notRanked(),
			UnitDetails.of("UBDT", "Ủy ban Dân tộc", "MINISTRY").notRanked(),
			ofHomeAffairs("VCCHC", "Vụ Cải cách hành chính", "VU"),
			ofHomeAffairs("VTCBC", "Vụ Tổ chức - Biên chế", "VU"),
			ofHomeAffairs("VCQDP", "Vụ Chính quyền địa phương", "VU"),
			ofHomeAffairs("CVTLT", "Cục Văn thư và Lưu trữ nhà nước", "CUC"),
			ofHomeAffairs("CVL", "Cục Việc làm", "CUC"), ofHomeAffairs("VP", "Văn phòng Bộ", "OFFICE"),
			ofHomeAffairs("TTR", "Thanh tra Bộ", "INSPECTORATE"));

	private final AccountService accounts;

	private final UnitCatalog units;

	private final String password;

	DemoData(AccountService accounts, UnitCatalog units, @Value("${parindex.demo.password}") String password) {
		this.accounts = accounts;
		this.units = units;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		DEMO_UNITS.forEach((unit) -> units.ensure(unit, ACTOR));
		mergeIllustration();
		UnitView hanoi = units.byCode("HN").orElseThrow();
		UnitView haiphong = units.byCode("HP").orElseThrow();
		List<DemoAccount> demo = List.of(new DemoAccount("quantri", "Quản trị (minh họa)", Role.ADMIN, null),
				new DemoAccount("thuongtruc", "Thường trực CCHC (minh họa)", Role.SECRETARIAT, null),
				new DemoAccount("thamdinh", "Thành viên thẩm định (minh họa)", Role.APPRAISER, null),
				new DemoAccount("chutich", "Chủ tịch Hội đồng (minh họa)", Role.COUNCIL_CHAIR, null),
				new DemoAccount("lanhdao.hn", "Lãnh đạo UBND Hà Nội (minh họa)", Role.UNIT_LEADER, hanoi.id()),
				new DemoAccount("canbo.hn", "Cán bộ đầu mối Hà Nội (minh họa)", Role.UNIT_OFFICER, hanoi.id()),
				new DemoAccount("canbo.hp", "Cán bộ đầu mối Hải Phòng (minh họa)", Role.UNIT_OFFICER, haiphong.id()),
				new DemoAccount("xem", "Người xem (minh họa)", Role.VIEWER, null));
		StringBuilder table = new StringBuilder();
		for (DemoAccount account : demo) {
			if (!accounts.exists(account.username())) {
				accounts.createIllustrative(new NewUser(account.username(), account.name(), null, password,
						Set.of(account.role()), account.unitId()));
			}
			table.append(String.format("%n  %-12s %-14s %s", account.username(), account.role(), password));
		}
		log.info("Demo data (dữ liệu minh họa) ready. Demo accounts (user, role, password):{}", table);
	}

	/**
	 * Hà Giang and Tuyên Quang became the one province of Tuyên Quang on 1 July 2025; the
	 * two former provinces stand for every such merger.
	 */
	private void mergeIllustration() {
		UnitView merged = units.byCode("TQ").orElseThrow();
		if (units.predecessors(merged.id()).isEmpty()) {
			units.restructure(RestructuringRequest.merge(List.of("HG", "TQ.CU"), "TQ", LocalDate.of(2025, 7, 1),
					"Dữ liệu minh họa: tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất thành tỉnh Tuyên Quang "
							+ "từ 01/7/2025 (Nghị quyết 202/2025/QH15)."),
					ACTOR);
		}
	}

	private static UnitDetails city(String code, String name) {
		return UnitDetails.of(code, "Thành phố " + name, "PROVINCE");
	}

	private static UnitDetails province(String code, String name) {
		return UnitDetails.of(code, "Tỉnh " + name, "PROVINCE");
	}

	private static UnitDetails ofHomeAffairs(String code, String name, String type) {
		return UnitDetails.of("BNV-" + code, name, type).under("BNV");
	}

	private record DemoAccount(String username, String name, Role role, Long unitId) {
	}

}
