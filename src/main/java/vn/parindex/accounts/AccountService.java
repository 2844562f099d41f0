package vn.parindex.accounts;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final PasswordPolicy policy;

	private final UserSessions sessions;

	private final LoginAttempts attempts;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AccountService(Users users, PasswordEncoder passwordEncoder, UnitDirectory units, AuditLog audit,
			PasswordPolicy policy, UserSessions sessions, LoginAttempts attempts, Clock clock,
			PlatformTransactionManager transactions) {
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.units = units;
		this.audit = audit;
		this.policy = policy;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(String text) {
		String needle = (text == null) ? "" : text.trim().toLowerCase(Locale.ROOT);
		Map<Long, String> unitNames = unitNames();
		Set<String> waiting = attempts.waiting();
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return users.findAll()
			.stream()
			.filter((user) -> needle.isEmpty() || user.username().contains(needle)
					|| user.displayName().toLowerCase(Locale.ROOT).contains(needle))
			.map((user) -> view(user, unitNames, waiting))
			.sorted(Comparator.comparing(UserView::displayName, collator))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserView get(long id) {
		return view(find(id), unitNames(), attempts.waiting());
	}

	/**
	 * The user as she would be signed in, for work done on her behalf (demo data,
	 * imports).
	 */
	@Transactional(readOnly = true)
	public CurrentUser principal(String username) {
		User user = users.findByUsername(AccountUserDetailsService.normalize(username))
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
		return new CurrentUser(user);
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.existsByUsername(AccountUserDetailsService.normalize(username));
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public UserView create(NewUser request, String actor) {
		return createAccount(request, actor).user();
	}

	/**
	 * Creates an account with the password the administrator chose, or a generated one
	 * when she gave none: its owner must change that at first login. The password is
	 * checked and hashed before the transaction, which holds a connection only for the
	 * insert.
	 * @return the account, and the generated password to hand to its owner once
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CreatedUser createAccount(NewUser request, String actor) {
		User.checkAssignment(request.roles(), request.unitId());
		boolean generated = request.password() == null || request.password().isBlank();
		String password = generated ? generate(request.username(), request.displayName(), request.email())
				: request.password();
		policy.check(password, AccountUserDetailsService.normalize(request.username()), request.displayName(),
				request.email());
		String hash = passwordEncoder.encode(password);
		UserView user = transaction.execute((status) -> insert(request, hash, generated, actor));
		return new CreatedUser(user, generated ? password : null);
	}

	/**
	 * Creates an illustrative (demo) account, whose password is published with the demo:
	 * only its length is checked, and it need not be changed.
	 */
	public UserView createIllustrative(NewUser request) {
		if (request.password() == null || request.password().length() < PasswordPolicy.MIN_LENGTH) {
			throw Refusal.badRequest("accounts.error.passwordLength", PasswordPolicy.MIN_LENGTH);
		}
		return insert(request, passwordEncoder.encode(request.password()), false, "demo");
	}

	private UserView insert(NewUser request, String passwordHash, boolean temporary, String actor) {
		String username = AccountUserDetailsService.normalize(request.username());
		if (users.existsByUsername(username)) {
			throw new Refusal(HttpStatus.CONFLICT, "accounts.error.usernameTaken", username);
		}
		User user = new User(username, passwordHash, request.displayName().trim(), clock.instant());
		user.changePassword(passwordHash, temporary);
		user.describe(request.displayName().trim(), blankToNull(request.email()));
		user.assign(request.roles(), checkedUnit(request.unitId()));
		User saved;
		try {
			saved = users.save(user);
		}
		catch (DuplicateKeyException | DbActionExecutionException ex) {
			if (ex instanceof DuplicateKeyException || ex.getCause() instanceof DuplicateKeyException) {
				// created meanwhile by a parallel request
				throw new Refusal(HttpStatus.CONFLICT, "accounts.error.usernameTaken", username);
			}
			throw ex;
		}
		audit.record(actor, AuditAction.USER_CREATED, username, describe(saved));
		return view(saved, unitNames(), Set.of());
	}

	/**
	 * Changes a user; when her roles, unit or enabled state change, her sessions end once
	 * the change is committed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public UserView update(long id, UserChanges changes, String actor) {
		Changed<UserView> changed = transaction.execute((status) -> change(id, changes, actor));
		changed.endSessions(sessions, actor);
		return changed.result();
	}

	private Changed<UserView> change(long id, UserChanges changes, String actor) {
		User user = find(id);
		if (!changes.enabled() && user.username().equals(actor)) {
			throw Refusal.badRequest("accounts.error.cannotDisableSelf");
		}
		if (!changes.roles().contains(Role.ADMIN) && user.username().equals(actor)) {
			throw Refusal.badRequest("accounts.error.cannotDropOwnAdmin");
		}
		String before = describe(user);
		boolean wasEnabled = user.enabled();
		Set<Role> rolesBefore = user.roles();
		Long unitBefore = user.unitId();
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
		// the rights her sessions hold may no longer be hers
		boolean revoked = !rolesBefore.equals(saved.roles()) || !Objects.equals(unitBefore, saved.unitId())
				|| !saved.enabled();
		return new Changed<>(view(saved, unitNames(), attempts.waiting()), revoked ? saved.username() : null, null);
	}

	/**
	 * Sets a new password chosen by the administrator, or generates one when none is
	 * given.
	 * @return the new password, to hand to the user once
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String resetPassword(long id, String newPassword, String actor) {
		Changed<String> changed = transaction.execute((status) -> reset(id, newPassword, actor));
		changed.endSessions(sessions, actor);
		return changed.result();
	}

	private Changed<String> reset(long id, String newPassword, String actor) {
		User user = find(id);
		String password = (newPassword == null || newPassword.isBlank())
				? generate(user.username(), user.displayName(), user.email()) : newPassword;
		policy.check(password, user.username(), user.displayName(), user.email());
		user.changePassword(passwordEncoder.encode(password), true);
		users.save(user);
		audit.record(actor, AuditAction.PASSWORD_RESET, user.username(), null);
		attempts.forget(user.username());
		return new Changed<>(password, user.username(), null);
	}

	/**
	 * Ends her other sessions, keeping the one she changes it from.
	 * @param currentSession the id of that session, or {@code null}
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void changeOwnPassword(String username, String currentPassword, String newPassword, String currentSession) {
		transaction.execute((status) -> changeOwn(username, currentPassword, newPassword, currentSession))
			.endSessions(sessions, username);
	}

	private Changed<Void> changeOwn(String username, String currentPassword, String newPassword,
			String currentSession) {
		User user = users.findByUsername(username)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "accounts.error.notFound"));
		if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
			throw Refusal.badRequest("accounts.error.currentPasswordWrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw Refusal.badRequest("accounts.error.passwordUnchanged");
		}
		policy.check(newPassword, username, user.displayName(), user.email());
		user.changePassword(passwordEncoder.encode(newPassword), false);
		users.save(user);
		audit.record(username, AuditAction.PASSWORD_CHANGED, username, null);
		return new Changed<>(null, username, currentSession);
	}

	/** Whether the user still has to change a generated or reset password. */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return users.findByUsername(username).map(User::mustChangePassword).orElse(false);
	}

	private String generate(String username, String displayName, String email) {
		Refusal refused = null;
		for (int draw = 0; draw < 20; draw++) {
			String password = PasswordPolicy.generate();
			try {
				policy.check(password, AccountUserDetailsService.normalize(username), displayName, email);
				return password;
			}
			catch (Refusal ex) {
				// a random password that happens to contain her login or name: draw again
				refused = ex;
			}
		}
		throw refused;
	}

	/**
	 * What a change gives, and whose sessions (but the one to keep) end once it is
	 * committed: outside its transaction, so that no connection is held meanwhile.
	 */
	private record Changed<T>(T result, String endSessionsOf, String keepSession) {

		void endSessions(UserSessions sessions, String actor) {
			if (endSessionsOf != null) {
				sessions.end(endSessionsOf, actor, keepSession);
			}
		}

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

	private static UserView view(User user, Map<Long, String> unitNames, Set<String> waiting) {
		Long unitId = user.unitId();
		String unitName = (unitId != null) ? unitNames.getOrDefault(unitId, "#" + unitId) : null;
		return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.roles(), unitId,
				unitName, user.enabled(), waiting.contains(user.username()), user.createdAt());
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
