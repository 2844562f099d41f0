package vn.parindex.system;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import vn.parindex.workbook.Decimals;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese unless the person picked English (a cookie set by {@code ?lang=en}), or a
 * program calling the API asked for it with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	/**
	 * The language chosen, kept in a cookie for a year; the cookie is Secure when the
	 * request came over https (directly or through a trusted reverse proxy), like the
	 * session's.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver plain = languageCookie(false);
		CookieLocaleResolver secure = languageCookie(true);
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return plain.resolveLocale(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				(request.isSecure() ? secure : plain).setLocale(request, response, locale);
			}

		};
	}

	private static CookieLocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("parindex-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSecure(secure);
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		return resolver;
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			Locale requested = Locale.lookup(Locale.LanguageRange.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
					SUPPORTED);
			return (requested != null) ? requested : VIETNAMESE;
		}
		return VIETNAMESE;
	}

	/**
	 * Decimals in forms and parameters: "0,5" as a Vietnamese types it, or "0.5"; shown
	 * back in the reader's own notation. See also {@link DecimalBinding}.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new Formatter<BigDecimal>() {

			@Override
			public BigDecimal parse(String text, Locale locale) throws ParseException {
				try {
					return Decimals.parse(text);
				}
				catch (NumberFormatException ex) {
					throw new ParseException(text, 0);
				}
			}

			@Override
			public String print(BigDecimal value, Locale locale) {
				return DecimalBinding.print(value, locale);
			}

		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// not on the error page: reading the parameters of a request that failed for its
		// size would parse its body again, fail again, and end on the container's page
		registry.addInterceptor(interceptor).excludePathPatterns("/error");
		registry.addInterceptor(new RequestTexts()).excludePathPatterns("/error");
	}

}
