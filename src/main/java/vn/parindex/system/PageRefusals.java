package vn.parindex.system;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusalModel;
import vn.parindex.problem.RefusedForm;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A refusal on a page. A method that names a view with {@link OnRefusal} shows it there
 * (unless what it refers to is missing or forbidden); a form post that answers with a
 * redirect (it takes {@link RedirectAttributes}) otherwise goes back to the page it came
 * from with the refusal as a flash message. Other refused page requests (reads, htmx
 * swaps, fragments) keep their status and end on the error pages. The API answers
 * refusals itself, see {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRefusals {

	private static final String MODEL = PageRefusals.class.getName() + ".model";

	/** Keeps the model, so that a view shows a refusal with what the method put in it. */
	@ModelAttribute
	void keepModel(Model model, HttpServletRequest request) {
		request.setAttribute(MODEL, model);
	}

	/**
	 * What the database refused, when it is a person's input (see StoredDataRefusals).
	 */
	@ExceptionHandler({ DataAccessException.class, DbActionExecutionException.class })
	ModelAndView refusedByTheDatabase(RuntimeException failure, HandlerMethod handler, HttpServletRequest request) {
		Refusal refusal = StoredDataRefusals.of(failure).orElseThrow(() -> failure);
		return refused(refusal, handler, request);
	}

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal refusal, HandlerMethod handler, HttpServletRequest request) {
		OnRefusal inPlace = handler.getMethodAnnotation(OnRefusal.class);
		// refused before the method ran (see RequestTexts): there is no form to show
		// again
		boolean methodRan = request.getAttribute(MODEL) != null;
		if (!methodRan && "POST".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
			return back(refusal, request);
		}
		if (inPlace != null && methodRan && !missing(refusal) && (inPlace.only().length == 0
				|| Arrays.asList(inPlace.only()).contains(HttpStatus.valueOf(refusal.getStatusCode().value())))) {
			return inPlace(inPlace.value(), refusal, request);
		}
		if (!redirects(handler) || request.getHeader("HX-Request") != null) {
			throw refusal;
		}
		return back(refusal, request);
	}

	/** A form post that answers with a redirect and a flash message takes these. */
	private static boolean redirects(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters())
			.anyMatch((parameter) -> RedirectAttributes.class.isAssignableFrom(parameter.getParameterType()));
	}

	/**
	 * What is not there or not hers to see is no error beside a form: the page could not
	 * be shown anyway.
	 */
	private static boolean missing(Refusal refusal) {
		return refusal.getStatusCode() == HttpStatus.NOT_FOUND || refusal.getStatusCode() == HttpStatus.FORBIDDEN;
	}

	private static ModelAndView inPlace(String view, Refusal refusal, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		if (request.getAttribute(MODEL) instanceof Model model) {
			new ArrayList<>(model.asMap().values()).stream()
				.filter(RefusalModel.class::isInstance)
				.forEach((filler) -> ((RefusalModel) filler).fill());
			page.addAllObjects(model.asMap());
			binding(model).ifPresent((binding) -> reject(binding, refusal));
		}
		page.addObject("refusal", refusal);
		return page;
	}

	/** The form the request bound, whose page shows the errors beside its fields. */
	private static Optional<BindingResult> binding(Model model) {
		return model.asMap()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX))
			.map(Map.Entry::getValue)
			.filter(BindingResult.class::isInstance)
			.map(BindingResult.class::cast)
			.findFirst();
	}

	private static void reject(BindingResult binding, Refusal refusal) {
		if (refusal.errors().isEmpty()) {
			binding.reject(refusal.messageKey(), refusal.arguments(), null);
		}
		for (Refusal.FieldError error : refusal.errors()) {
			String field = (binding.getTarget() instanceof RefusedForm form) ? form.fieldOf(error)
					: (String) error.location().get("field");
			if (field != null) {
				binding.rejectValue(field, error.messageKey(), error.args(), null);
			}
			else {
				binding.reject(error.messageKey(), error.args(), null);
			}
		}
	}

	private static ModelAndView back(Refusal refusal, HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", refusal.messageKey());
		flash.put("flashErrorArgs", refusal.arguments());
		RedirectView redirect = new RedirectView(cameFrom(request));
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

	/**
	 * The page the form was on, when the browser says so and it is one of ours; else the
	 * home page.
	 */
	static String cameFrom(HttpServletRequest request) {
		URI referer = uri(request.getHeader(HttpHeaders.REFERER));
		if (referer != null && request.getServerName().equalsIgnoreCase(referer.getHost())
				&& port(referer) == request.getServerPort() && referer.getRawPath() != null
				&& referer.getRawPath().startsWith(request.getContextPath() + "/")) {
			return referer.getRawPath() + ((referer.getRawQuery() != null) ? "?" + referer.getRawQuery() : "");
		}
		return request.getContextPath() + "/";
	}

	private static URI uri(String text) {
		try {
			return (text != null) ? URI.create(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
