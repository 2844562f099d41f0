package vn.parindex.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: administrators issue and revoke them, every API call with
 * {@code Authorization: Bearer pi_…} is authenticated here — one indexed read, one hash,
 * and at most every few minutes one write to note the use.
 */
@Service
@Transactional
class ApiTokenService {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Tokens end: at most a year after they are issued. */
	static final int MAX_YEARS = 1;

	/** How stale the noted last use may be: a busy caller writes once per interval. */
	static final Duration USE_NOTED_EVERY = Duration.ofMinutes(5);

	private final ApiTokens tokens;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenService(ApiTokens tokens, Users users, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ApiTokenView> list(Long userId) {
		List<ApiToken> found = (userId != null) ? tokens.findByUserIdOrderByCreatedAtDesc(userId)
				: tokens.findAllByOrderByCreatedAtDesc();
		Map<Long, User> owners = users.findAllById(found.stream().map(ApiToken::userId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(User::id, Function.identity()));
		return found.stream().map((token) -> view(token, owners.get(token.userId()))).toList();
	}

	@Transactional(readOnly = true)
	ApiTokenView get(long id) {
		ApiToken token = find(id);
		return view(token, users.findById(token.userId()).orElseThrow());
	}

	IssuedApiToken issue(NewApiToken request, String actor) {
		User user = users.findById(request.userId())
			.orElseThrow(() -> Refusal.notFound("accounts.error.notFound").onField("userId"));
		if (!user.enabled()) {
			throw Refusal.badRequest("tokens.error.userDisabled", user.username()).onField("userId");
		}
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate last = today.plusYears(MAX_YEARS);
		if (request.expiresOn().isBefore(today) || request.expiresOn().isAfter(last)) {
			throw Refusal.badRequest("tokens.error.expiry", last).onField("expiresOn");
		}
		ApiTokenSecret secret = ApiTokenSecret.generate();
		String scopes = TokenScope.join(request.scopes());
		ApiToken token = tokens.save(new ApiToken(user.id(), request.name().strip(), secret.prefix(), secret.hash(),
				scopes, actor, clock.instant(), request.expiresOn().plusDays(1).atStartOfDay(ZONE).toInstant()));
		audit.record(actor, AuditAction.TOKEN_ISSUED, user.username(), "token=" + token.prefix() + "; name="
				+ token.name() + "; scopes=" + scopes + "; expires=" + token.expiresAt());
		return new IssuedApiToken(secret.token(), view(token, user));
	}

	/** Revokes the token; revoking it again changes nothing. */
	void revoke(long id, String actor) {
		ApiToken token = find(id);
		if (tokens.revoke(id, clock.instant(), actor) == 1) {
			String owner = users.findById(token.userId()).map(User::username).orElse("#" + token.userId());
			audit.record(actor, AuditAction.TOKEN_REVOKED, owner, "token=" + token.prefix() + "; name=" + token.name());
		}
	}

	/**
	 * The request's identity for a presented token, as its user is now.
	 * @throws ApiTokenRefused when the token is unknown, expired or revoked, or its user
	 * is disabled
	 */
	ApiTokenAuthentication authenticate(String presented) {
		ApiTokenSecret secret = ApiTokenSecret.parse(presented)
			.orElseThrow(() -> new ApiTokenRefused("tokens.problem.unknown"));
		ApiToken token = tokens.findByPrefix(secret.prefix())
			.filter((candidate) -> secret.matches(candidate.secretHash()))
			.orElseThrow(() -> new ApiTokenRefused("tokens.problem.unknown"));
		Instant now = clock.instant();
		switch (token.statusAt(now)) {
			case REVOKED -> throw new ApiTokenRefused("tokens.problem.revoked");
			case EXPIRED -> throw new ApiTokenRefused("tokens.problem.expired");
			case ACTIVE -> {
			}
		}
		User user = users.findById(token.userId())
			.filter(User::enabled)
			.orElseThrow(() -> new ApiTokenRefused("tokens.problem.userDisabled"));
		if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_NOTED_EVERY))) {
			tokens.used(token.id(), now, now.minus(USE_NOTED_EVERY));
		}
		// a token is no password: a lockout after wrong passwords does not stop it
		return new ApiTokenAuthentication(new CurrentUser(user), token.id(), token.scopes());
	}

	private ApiToken find(long id) {
		return tokens.findById(id).orElseThrow(() -> Refusal.notFound("tokens.error.notFound"));
	}

	private ApiTokenView view(ApiToken token, User owner) {
		return new ApiTokenView(token.id(), token.userId(), owner.username(), owner.displayName(), token.name(),
				token.prefix(), token.scopes(), token.createdBy(), token.createdAt(), token.expiresAt(),
				token.revokedAt(), token.lastUsedAt(), token.statusAt(clock.instant()));
	}

}
