package vn.parindex.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The fast way in for a submission ({@code POST /api/v1/public/responses}): taken before
 * every other filter and stored without the dispatcher, since a national intake takes
 * thousands a second and there is nothing to authenticate, authorise, localise or keep in
 * a session. The response carries the same security headers as every public answer: they
 * are written by the public security chain's own header filter.
 * <p>
 * Only a stored submission is answered here. A refused or failed one goes on down the
 * ordinary chain to {@link PublicResponseController}, which answers the failure the
 * filter left in {@link #FAILED} as every API refusal is answered (problem+json, in the
 * caller's language), without storing anything again.
 */
final class PublicIntakeFilter implements Filter {

	/** The request attribute holding what refused the submission. */
	static final String FAILED = PublicIntakeFilter.class.getName() + ".failed";

	static final String PATH = "/api/v1/public/responses";

	private final Answering answering;

	private final Filter headers;

	PublicIntakeFilter(Answering answering, Filter headers) {
		this.answering = answering;
		this.headers = headers;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		if (!"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())) {
			chain.doFilter(req, res);
			return;
		}
		LocalDate day;
		try {
			day = PublicResponseController.store(answering, request);
		}
		catch (RuntimeException ex) {
			request.setAttribute(FAILED, ex);
			chain.doFilter(req, res);
			return;
		}
		byte[] body = ("{\"submittedOn\":\"" + day + "\"}").getBytes(StandardCharsets.UTF_8);
		headers.doFilter(request, res, (headed, response) -> {
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(HttpServletResponse.SC_CREATED);
			http.setContentType(MediaType.APPLICATION_JSON_VALUE);
			http.setContentLength(body.length);
			http.getOutputStream().write(body);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublicIntakeFilter> publicIntakeFilter(Answering answering,
				@Qualifier("publicAnswering") SecurityFilterChain chain) {
			Filter headers = chain.getFilters()
				.stream()
				.filter(HeaderWriterFilter.class::isInstance)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The public security chain writes no headers"));
			FilterRegistrationBean<PublicIntakeFilter> registration = new FilterRegistrationBean<>(
					new PublicIntakeFilter(answering, headers));
			registration.addUrlPatterns(PATH);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			registration.setName("publicIntakeFilter");
			return registration;
		}

	}

}
