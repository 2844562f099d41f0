package vn.parindex.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload above the multipart limit ({@code spring.servlet.multipart.*}) ends on the
 * application's 413 (see {@link ErrorPages}), not on the servlet container's page. One
 * whose announced length is too large is answered here, before anything reads its
 * parameters. Either way the failure is recorded as the error's exception, so that the
 * error dispatch does not parse the body a second time (it would fail again, and the
 * container would answer with its own page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

	private final long maxRequestSize;

	UploadLimit(ObjectProvider<MultipartConfigElement> multipart) {
		MultipartConfigElement config = multipart.getIfAvailable();
		this.maxRequestSize = (config != null) ? config.getMaxRequestSize() : -1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (maxRequestSize >= 0 && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > maxRequestSize) {
			tooLarge(request, response, new MaxUploadSizeExceededException(maxRequestSize));
			return;
		}
		chain.doFilter(request, response);
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, MultipartException failure)
			throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	/**
	 * The same answer for an upload found too large while it is read (a file above
	 * {@code max-file-size}, a body of unannounced length).
	 */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	static class Resolver implements HandlerExceptionResolver {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!(ex instanceof MaxUploadSizeExceededException tooLarge)) {
				return null;
			}
			try {
				tooLarge(request, response, tooLarge);
			}
			catch (IOException failure) {
				return null;
			}
			return new ModelAndView();
		}

	}

}
