package vn.parindex.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request that presents {@code Authorization: Bearer pi_…}, for this
 * request only; a token that does not authenticate is a 401 that says why, a token whose
 * scopes do not cover the request a 403. Only in the API's filter chain: pages know no
 * tokens.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final ProblemResponses problems;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ApiCredentials.bearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		ApiTokenAuthentication authentication;
		try {
			authentication = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION).substring(6).strip());
		}
		catch (ApiTokenRefused refused) {
			holder.clearContext();
			problems.commence(request, response, refused);
			return;
		}
		String refusal = authentication.refusal(request);
		if (refusal != null) {
			problems.refuse(request, response, refusal);
			return;
		}
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		chain.doFilter(request, response);
	}

}
