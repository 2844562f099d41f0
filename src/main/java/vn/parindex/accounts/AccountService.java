package vn.parindex.accounts;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts: what administrators do to users and what a user does to her own
 * password.
 */
@Service
@Transactional
public class AccountService {

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final UnitDirectory units;

	private final AuditLog audit;

	private final Clock clock;

	AccountService(Users users, PasswordEncoder passwordEncoder, UnitDirectory units, AuditLog audit, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(String text) {
		String needle = (text == null) ? "" : text.trim().toLowerCase(Locale.ROOT);
		Map<Long, String> unitNames = unitNames();
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return users.findAll()
			.stream()
			.filter((user) -> needle.isEmpty() || user.username().contains(needle)
					|| user.displayName().toLowerCase(Locale.ROOT).contains(needle))
			.map((user) -> view(user, unitNames))
			.sorted(Comparator.comparing(UserView::displayName, collator))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserView get(long id) {
		return view(find(id), unitNames());
	}

	/**
	 * The user as she would be signed in, for work done on her behalf (demo data,
	 * imports).
	 */
	@Transactional(readOnly = true)
	public CurrentUser principal(String username) {
		User user = users.findByUsername(AccountUserDetailsService.normalize(username))
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
		return new CurrentUser(user, user.lockedAt(clock.instant()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.existsByUsername(AccountUserDetailsService.normalize(username));
	}

	public UserView create(NewUser request, String actor) {
		String username = AccountUserDetailsService.normalize(request.username());
		if (users.existsByUsername(username)) {
			throw new Refusal(HttpStatus.CONFLICT, "accounts.error.usernameTaken", username);
		}
		PasswordPolicy.check(username, request.password());
		User user = new User(username, passwordEncoder.encode(request.password()), request.displayName().trim(),
				clock.instant());
		user.describe(request.displayName().trim(), blankToNull(request.email()));
		user.assign(request.roles(), checkedUnit(request.unitId()));
		User saved = users.save(user);
		audit.record(actor, AuditAction.USER_CREATED, username, describe(saved));
		return view(saved, unitNames());
	}

	public UserView update(long id, UserChanges changes, String actor) {
		User user = find(id);
		if (!changes.enabled() && user.username().equals(actor)) {
			throw Refusal.badRequest("accounts.error.cannotDisableSelf");
		}
		if (!changes.roles().contains(Role.ADMIN) && user.username().equals(actor)) {
			throw Refusal.badRequest("accounts.error.cannotDropOwnAdmin");
		}
		String before = describe(user);
		boolean wasEnabled = user.enabled();
		user.describe(changes.displayName().trim(), blankToNull(changes.email()));
		user.assign(changes.roles(), checkedUnit(changes.unitId()));
		user.enable(changes.enabled());
		User saved = users.save(user);
		String after = describe(saved);
		if (!before.equals(after)) {
			audit.record(actor, AuditAction.USER_UPDATED, user.username(), before + " → " + after);
		}
		if (wasEnabled != changes.enabled()) {
			audit.record(actor, changes.enabled() ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
					user.username(), null);
		}
		return view(saved, unitNames());
	}

	/**
	 * Sets a new password chosen by the administrator, or generates one when none is
	 * given.
	 * @return the new password, to hand to the user once
	 */
	public String resetPassword(long id, String newPassword, String actor) {
		User user = find(id);
		String password = (newPassword == null || newPassword.isBlank()) ? PasswordPolicy.generate() : newPassword;
		PasswordPolicy.check(user.username(), password);
		user.changePassword(passwordEncoder.encode(password));
		users.save(user);
		audit.record(actor, AuditAction.PASSWORD_RESET, user.username(), null);
		return password;
	}

	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		User user = users.findByUsername(username)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
		if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throw Refusal.badRequest("accounts.error.currentPasswordWrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw Refusal.badRequest("accounts.error.passwordUnchanged");
		}
		PasswordPolicy.check(username, newPassword);
		user.changePassword(passwordEncoder.encode(newPassword));
		users.save(user);
		audit.record(username, AuditAction.PASSWORD_CHANGED, username, null);
	}

	private User find(long id) {
		return users.findById(id).orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
	}

	private Long checkedUnit(Long unitId) {
		if (unitId != null && units.find(unitId).isEmpty()) {
			throw Refusal.badRequest("accounts.error.unknownUnit", unitId);
		}
		return unitId;
	}

	private Map<Long, String> unitNames() {
		return units.options()
			.stream()
			.collect(Collectors.toMap(UnitDirectory.UnitOption::id, UnitDirectory.UnitOption::name, (a, b) -> a));
	}

	private UserView view(User user, Map<Long, String> unitNames) {
		Long unitId = user.unitId();
		String unitName = (unitId != null) ? unitNames.getOrDefault(unitId, "#" + unitId) : null;
		return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.roles(), unitId,
				unitName, user.enabled(), user.lockedAt(clock.instant()), user.createdAt());
	}

	private static String describe(User user) {
		Set<Role> roles = user.roles();
		String roleList = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		return "name=" + user.displayName() + "; email=" + user.email() + "; roles=" + roleList + "; unit="
				+ user.unitId() + "; enabled=" + user.enabled();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
