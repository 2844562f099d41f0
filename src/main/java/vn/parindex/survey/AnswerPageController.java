package vn.parindex.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.parindex.problem.Refusal;
import vn.parindex.problem.Refusal.FieldError;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answering page {@code /s/{token}}: no login, Vietnamese unless the respondent picks
 * English, built for a phone. Answers are saved in the token's draft as she goes (each
 * screen's post, or htmx on every change when all questions are on one page), so that she
 * can resume another day from the same link until she submits or the survey closes. Every
 * other state of a token has its own page; an unknown one says nothing of any survey.
 * Nothing here is logged or audited, and every address under {@code /s/} is answered here
 * (none reaches the "no mapping" warning, which would log the token).
 */
@Controller
class AnswerPageController {

	private static final String STATUS = "surveys/answering/status";

	private final Answering answering;

	private final UnitCatalog units;

	private final MessageSource messages;

	AnswerPageController(Answering answering, UnitCatalog units, MessageSource messages) {
		this.answering = answering;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/s/{token}")
	String page(@PathVariable String token, @RequestParam(name = "q", required = false) String q, Model model,
			HttpServletResponse response) {
		Integer screen = screen(q);
		model.addAttribute("here", "/s/" + token + ((screen != null) ? "?q=" + screen : ""));
		Optional<Answering.Opened> opened = answering.open(token);
		if (opened.isEmpty()) {
			return unknown(model, response);
		}
		String status = status(opened.get(), model, response);
		if (status != null) {
			return status;
		}
		AnswerDrafts.Draft draft = answering.draft(opened.get()).orElse(null);
		return answer(opened.get(), token, (draft != null) ? draft.answers() : null,
				(draft != null) ? draft.personal() : null, screen, Map.of(), model);
	}

	@PostMapping("/s/{token}/answers")
	String save(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response) {
		model.addAttribute("here", "/s/" + token);
		Optional<Answering.Opened> found = answering.open(token);
		if (found.isEmpty()) {
			return unknown(model, response);
		}
		Answering.Opened opened = found.get();
		if (!opened.answering()) {
			return "redirect:/s/" + token;
		}
		List<Question> asked = opened.questions();
		AnswerForm.Changes changes = AnswerForm.read(asked, request.getParameterMap());
		Map<String, String> errors = new LinkedHashMap<>();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		for (FieldError error : Answering.problems(asked, changes.set(), false)) {
			String code = error.location().get("field").toString().substring("answers.".length());
			errors.put(code, messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
			changes.set().remove(code);
		}
		Boolean personal = switch (String.valueOf(request.getParameter("personal"))) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
		if (!answering.saveDraft(opened, changes.set(), changes.remove(), personal)) {
			return "redirect:/s/" + token;
		}
		AnswerDrafts.Draft draft = answering.draft(opened).orElseThrow();
		Integer current = screen(request.getParameter("q"));
		if ("true".equals(request.getHeader("HX-Request"))) {
			model.addAttribute("screen", screen(opened, token, draft, current, errors));
			return "surveys/answering/fragments :: progress";
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return answer(opened, token, draft.answers(), draft.personal(), current, errors, model);
		}
		String go = String.valueOf(request.getParameter("go"));
		if ("submit".equals(go)) {
			return submit(opened, token, draft, current, request, model, response);
		}
		int total = asked.size();
		int from = (current != null) ? current : 1;
		int to = switch (go) {
			case "previous" -> from - 1;
			case "next" -> from + 1;
			default -> Optional.ofNullable(screen(go)).orElse(from);
		};
		if (opened.instrument().layout() == Layout.ONE_PAGE) {
			return "redirect:/s/" + token;
		}
		return "redirect:/s/" + token + "?q=" + Math.max(1, Math.min(to, total + 1));
	}

	private String submit(Answering.Opened opened, String token, AnswerDrafts.Draft draft, Integer current,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		if (opened.token().named() && draft.personal() == null) {
			errors.put("personal", messages.getMessage("survey.answering.confirm.required", null, locale));
		}
		for (FieldError error : Answering.problems(opened.questions(), draft.answers(), true)) {
			String code = error.location().get("field").toString().substring("answers.".length());
			errors.put(code, messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
		}
		if (errors.isEmpty()) {
			try {
				answering.submitDraft(opened, token, request.getRemoteAddr(),
						request.getHeader(HttpHeaders.USER_AGENT));
				return "redirect:/s/" + token + "/thanks";
			}
			catch (Refusal refusal) {
				if (refusal.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
					return "redirect:/s/" + token;
				}
				for (FieldError error : refusal.errors()) {
					errors.put(String.valueOf(error.location().get("field")).replaceFirst("^answers\\.", ""),
							messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
				}
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Integer review = (opened.instrument().layout() == Layout.ONE_PER_SCREEN)
				? Integer.valueOf(opened.questions().size() + 1) : current;
		return answer(opened, token, draft.answers(), draft.personal(), review, errors, model);
	}

	@GetMapping("/s/{token}/thanks")
	String thanks(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("here", "/s/" + token + "/thanks");
		Optional<Answering.Opened> opened = answering.open(token);
		if (opened.isEmpty()) {
			return unknown(model, response);
		}
		if (opened.get().token().state() != Token.State.SUBMITTED) {
			return "redirect:/s/" + token;
		}
		model.addAttribute("state", "thanks");
		model.addAttribute("argument", AnsweringDates.date(answering.today()));
		return STATUS;
	}

	/**
	 * Any other address under {@code /s/}: as an unknown token, so that no "no mapping"
	 * warning logs it.
	 */
	@RequestMapping("/s/**")
	String elsewhere(Model model, HttpServletResponse response) {
		model.addAttribute("here", "/s/");
		return unknown(model, response);
	}

	private String unknown(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("state", "unknown");
		return STATUS;
	}

	/** The page of a token that cannot answer now, or {@code null} when it can. */
	private String status(Answering.Opened opened, Model model, HttpServletResponse response) {
		String state = null;
		String argument = null;
		if (opened.token().state() == Token.State.SUBMITTED) {
			state = "submitted";
		}
		else if (opened.token().state() == Token.State.REVOKED) {
			state = "revoked";
		}
		else if (opened.phase() == Survey.Phase.NOT_OPEN) {
			state = "notOpen";
			argument = AnsweringDates.date(opened.survey().opensOn());
		}
		else if (opened.phase() == Survey.Phase.CLOSED) {
			state = "closed";
			argument = AnsweringDates.date(opened.survey().closesOn());
		}
		if (state == null) {
			return null;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("state", state);
		model.addAttribute("argument", argument);
		return STATUS;
	}

	private String answer(Answering.Opened opened, String token, JsonNode answers, Boolean personal, Integer screen,
			Map<String, String> errors, Model model) {
		AnswerScreen shown = AnswerScreen.of("/s/" + token + "/answers", null, opened.token().group(),
				opened.instrument().layout(), opened.questions(),
				(answers != null) ? answers : JsonNodeFactory.instance.objectNode(), screen, opened.token().named(),
				personal, errors, AnsweringDates.date(opened.survey().closesOn()));
		model.addAttribute("screen", shown);
		model.addAttribute("surveyName", opened.survey().name());
		model.addAttribute("unitName", units.byId(opened.token().unitId()).map(UnitView::name).orElse(null));
		if (shown.onePerScreen()) {
			model.addAttribute("here", "/s/" + token + "?q=" + shown.screen());
		}
		return "surveys/answering/answer";
	}

	private AnswerScreen screen(Answering.Opened opened, String token, AnswerDrafts.Draft draft, Integer current,
			Map<String, String> errors) {
		ObjectNode answers = draft.answers();
		return AnswerScreen.of("/s/" + token + "/answers", null, opened.token().group(), opened.instrument().layout(),
				opened.questions(), answers, current, opened.token().named(), draft.personal(), errors,
				AnsweringDates.date(opened.survey().closesOn()));
	}

	private static Integer screen(String q) {
		if (q == null || q.isBlank() || q.length() > 6) {
			return null;
		}
		try {
			return Integer.valueOf(q.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
