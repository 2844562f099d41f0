package vn.parindex.system;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.NewUser;
import vn.parindex.accounts.Role;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Illustrative data (dữ liệu minh họa) for trying ParIndex: one account per role and a
 * few units. Only with the {@code demo} profile; runs again harmlessly on every start.
 */
@Component
@Profile(DemoData.PROFILE)
class DemoData implements ApplicationRunner {

	static final String PROFILE = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

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
		UnitView hanoi = units.ensure("HN", "Thành phố Hà Nội", "PROVINCE", null);
		UnitView haiphong = units.ensure("HP", "Thành phố Hải Phòng", "PROVINCE", null);
		units.ensure("BNV", "Bộ Nội vụ", "MINISTRY", null);
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
				accounts.create(new NewUser(account.username(), account.name(), null, password, Set.of(account.role()),
						account.unitId()), "demo");
			}
			table.append(String.format("%n  %-12s %-14s %s", account.username(), account.role(), password));
		}
		log.info("Demo data (dữ liệu minh họa) ready. Demo accounts (user, role, password):{}", table);
	}

	private record DemoAccount(String username, String name, Role role, Long unitId) {
	}

}
