package vn.parindex.survey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses respondents are given, in e-mails, letters and QR codes: the answering
 * page of a token under the application's public address ({@code parindex.public-url}).
 */
@Component
class PublicLinks {

	private final String base;

	PublicLinks(@Value("${parindex.public-url:http://localhost:${server.port:8080}}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The link a respondent opens to answer with her token. */
	String answer(String token) {
		return base + "/s/" + token;
	}

}
