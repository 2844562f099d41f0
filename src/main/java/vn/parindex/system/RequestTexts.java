package vn.parindex.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Texts;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Refuses a request whose parameters, form fields or uploaded file names hold a NUL
 * character, before any controller sees it: PostgreSQL cannot store one in text. JSON
 * bodies are checked as they are read (see {@link JsonLimits}).
 */
class RequestTexts implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			refuseNul(parameter.getKey(), parameter.getKey());
			for (String value : parameter.getValue()) {
				refuseNul(value, parameter.getKey());
			}
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (MultipartFile file : multipart.getFileMap().values()) {
				refuseNul(file.getOriginalFilename(), file.getName());
			}
		}
		return true;
	}

	private static void refuseNul(String text, String field) {
		if (Texts.hasNul(text)) {
			throw Refusal.badRequest("text.error.nul").onField(field);
		}
	}

}
