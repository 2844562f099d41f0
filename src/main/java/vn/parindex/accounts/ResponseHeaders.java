package vn.parindex.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every response tells the browser, pages and API alike, besides Spring Security's
 * defaults (HSTS on https, no sniffing, no caching of what is behind a login).
 */
final class ResponseHeaders {

	/**
	 * Addresses name units, campaigns and files: other sites learn nothing of them.
	 */
	static final ReferrerPolicy REFERRER = ReferrerPolicy.SAME_ORIGIN;

	/** ParIndex needs none of the browser's devices or sensors. */
	static final String PERMISSIONS = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
			+ "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	private ResponseHeaders() {
	}

	static HeadersConfigurer<HttpSecurity> everywhere(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(REFERRER))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS));
	}

}
