package vn.parindex.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * Where an API request's identity comes from: the credentials it carries itself (HTTP
 * Basic or an API token) or, without them, the session of a signed-in person.
 * <p>
 * A request that carries credentials is judged by them alone: it never acts with, nor
 * signs in, the session whose cookie it may also carry, so it needs no CSRF token —
 * without valid credentials it is refused outright. Any other {@code Authorization}
 * header is no credential here: the request is a session's, and needs the token.
 */
final class ApiCredentials implements SecurityContextRepository {

	private final SecurityContextRepository session = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

	/** The same test as Spring Security's reader of HTTP Basic, so that both agree. */
	static boolean basic(HttpServletRequest request) {
		return StringUtils.startsWithIgnoreCase(request.getHeader(HttpHeaders.AUTHORIZATION), "Basic");
	}

	static boolean bearer(HttpServletRequest request) {
		return StringUtils.startsWithIgnoreCase(request.getHeader(HttpHeaders.AUTHORIZATION), "Bearer");
	}

	static boolean presented(HttpServletRequest request) {
		return basic(request) || bearer(request);
	}

	private SecurityContextRepository of(HttpServletRequest request) {
		return presented(request) ? requestOnly : session;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return of(request).loadDeferredContext(request);
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return of(holder.getRequest()).loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return of(request).containsContext(request);
	}

}
