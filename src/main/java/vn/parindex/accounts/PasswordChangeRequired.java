package vn.parindex.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was generated or set by an administrator does nothing else until
 * she has changed it: pages send her to the password page, the API answers 403 saying so.
 * Runs right after Spring Security's filters, which have then found who she is. Her API
 * tokens keep working: they are no password.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class PasswordChangeRequired extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private final ProblemResponses problems;

	PasswordChangeRequired(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// an API token is no password: a reset or generated password does not stop it
		if (authentication != null && !(authentication instanceof ApiTokenAuthentication)
				&& authentication.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()
				&& !allowed(request)) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problems.refuse(request, response, "problem.passwordChangeRequired");
			}
			else if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", request.getContextPath() + PASSWORD_PAGE);
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
				|| path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

}
