package vn.parindex.accounts;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in: people sign in with a form and keep a session; programs call
 * {@code /api/**} with an API token or HTTP Basic (or the session of a signed-in person)
 * and get problem+json, never a redirect.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * A respondent's answering page and the public response endpoint: anyone with a
	 * survey token, which is itself the capability. They ask no login and no CSRF token
	 * (a forged request would need the token, which is all it takes anyway) and neither
	 * read nor start a session: a signed-in person's cookie grants nothing here.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicAnswering(HttpSecurity http) {
		// nothing to authenticate or authorise: only the filters that write the security
		// headers stay, so that a national intake spends its time on the answers
		http.securityMatcher("/s/**", "/api/v1/public/**")
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.disable())
			.sessionManagement((sessions) -> sessions.disable())
			.securityContext((context) -> context.disable())
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> ResponseHeaders.everywhere(headers)
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, ApiTokenService tokens) {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**", "/api/v1/users/**", "/api/v1/audit/**", "/api/v1/tokens/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.securityContext((context) -> context.securityContextRepository(new ApiCredentials()))
			// a request that carries credentials is judged by them alone, never by the
			// session its cookie names (see ApiCredentials): no CSRF token to ask of it
			.csrf((csrf) -> csrf.ignoringRequestMatchers(ApiCredentials::presented))
			// an unauthenticated call starts no session only to remember itself
			.requestCache((cache) -> cache.disable())
			.headers(ResponseHeaders::everywhere);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/static/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst())
				.accessDeniedHandler(expiredSessionSignsInAgain()))
			// Pages load scripts only from the application itself: no inline script, no
			// eval.
			// Inline styles stay allowed for Bootstrap's and htmx's style attributes.
			.headers((headers) -> ResponseHeaders.everywhere(headers)
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY))
				// pages refuse every frame through their policy (frame-ancestors 'none');
				// evidence shown inline allows our own pages to frame it
				.frameOptions((frames) -> frames.sameOrigin()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/**
	 * A person is sent to the login page; a page's background request (htmx) gets a 401
	 * instead of the login page as its answer, so the page keeps what was typed and asks
	 * to sign in again.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				loginPage.commence(request, response, exception);
			}
		};
	}

	/**
	 * A page's background request whose session has ended is refused by the CSRF check
	 * before anything else (the token lived in the session): it gets the 401 that asks
	 * the person to sign in again, like any other request without a session, instead of a
	 * 403 the page cannot explain. A signed-in person's refusals stay 403.
	 */
	private static AccessDeniedHandler expiredSessionSignsInAgain() {
		AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
			if (exception instanceof CsrfException && !signedIn && "true".equals(request.getHeader("HX-Request"))) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				refused.handle(request, response, exception);
			}
		};
	}

	/**
	 * Every refused sign-in gets one answer, whatever the reason (the audit log keeps
	 * it): nobody learns from the page whether an account exists, waits or is disabled.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error=bad");
	}

}
