package vn.parindex.accounts;

import java.io.Serial;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request authenticated by an API token: it acts as the token's user with her roles as
 * they are now, within the token's scopes.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Matched as the authorization rules and MVC match, encoded paths included. */
	private static final RequestMatcher TOKEN_MANAGEMENT = PathPatternRequestMatcher.pathPattern("/api/v1/tokens/**");

	private final CurrentUser user;

	private final long tokenId;

	private final Set<TokenScope> scopes;

	ApiTokenAuthentication(CurrentUser user, long tokenId, Set<TokenScope> scopes) {
		super(user.getAuthorities());
		this.user = user;
		this.tokenId = tokenId;
		this.scopes = Set.copyOf(scopes);
		setAuthenticated(true);
	}

	@Override
	public CurrentUser getPrincipal() {
		return user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	long tokenId() {
		return tokenId;
	}

	/**
	 * Why this token may not make the request, as a message key; {@code null} when it
	 * may. Tokens never manage tokens, so that a leaked one cannot outlive its
	 * revocation.
	 */
	String refusal(HttpServletRequest request) {
		if (TOKEN_MANAGEMENT.matches(request)) {
			return "tokens.problem.notWithAToken";
		}
		TokenScope needed = TokenScope.needed(request.getMethod());
		return scopes.contains(needed) ? null : "tokens.problem.scope." + needed.key();
	}

}
