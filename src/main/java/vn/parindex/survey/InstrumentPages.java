package vn.parindex.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusalModel;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruments' pages: the list with the import and the templates, and the edit page
 * (settings, groups, questions added, changed, moved and removed one at a time, the
 * trail), read-only for the council and once frozen.
 */
@Controller
@RequestMapping("/surveys/instruments")
class InstrumentPages {

	private static final String LIST = "surveys/instruments/list";

	private static final String EDIT = "surveys/instruments/edit";

	private static final String QUESTION = "surveys/instruments/question";

	private final InstrumentCatalog catalog;

	private final InstrumentTemplates templates;

	InstrumentPages(InstrumentCatalog catalog, InstrumentTemplates templates) {
		this.catalog = catalog;
		this.templates = templates;
	}

	@GetMapping
	@PreAuthorize(InstrumentApiController.READERS)
	String list(Model model) {
		fillList(model);
		return LIST;
	}

	@PostMapping("/import")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(LIST)
	String importWorkbook(@ModelAttribute("importForm") InstrumentForms.ImportForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("listModel", (RefusalModel) () -> fillList(model));
		if (binding.hasErrors()) {
			fillList(model);
			return LIST;
		}
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		long id = catalog.importWorkbook(content, form.getName(), form.getYear(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.imported");
		return "redirect:/surveys/instruments/" + id;
	}

	@PostMapping("/templates")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(LIST)
	String fromTemplate(@ModelAttribute("templateForm") InstrumentForms.YearForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("listModel", (RefusalModel) () -> fillList(model));
		if (binding.hasErrors()) {
			fillList(model);
			return LIST;
		}
		long id = templates.create(form.getTemplate(), form.getYear(), null, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.created");
		return "redirect:/surveys/instruments/" + id;
	}

	@GetMapping("/{id}")
	@PreAuthorize(InstrumentApiController.READERS)
	String edit(@PathVariable long id, Model model) {
		fillEdit(id, model);
		return EDIT;
	}

	@GetMapping("/{id}/export")
	@PreAuthorize(InstrumentApiController.READERS)
	ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
		return InstrumentApiController.download(catalog.get(id).instrument());
	}

	@PostMapping("/{id}/settings")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(EDIT)
	String settings(@PathVariable long id, @ModelAttribute("settingsForm") InstrumentForms.SettingsForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editModel", (RefusalModel) () -> fillEdit(id, model));
		if (binding.hasErrors()) {
			fillEdit(id, model);
			return EDIT;
		}
		catalog.change(id, form.getVersion(),
				(draft) -> draft.withHead(new InstrumentRules.Head(form.getName(), form.getYear(),
						draft.head().template(), form.getLayout(), form.getSatisfaction())),
				InstrumentEdits.SETTINGS, user.getUsername());
		return saved(id, "settings", redirect);
	}

	@PostMapping("/{id}/groups")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(EDIT)
	String groups(@PathVariable long id, @ModelAttribute("groupsForm") InstrumentForms.GroupsForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editModel", (RefusalModel) () -> fillEdit(id, model));
		catalog.change(id, form.getVersion(), (draft) -> draft.withGroups(form.entries()), InstrumentEdits.GROUPS,
				user.getUsername());
		return saved(id, "groups", redirect);
	}

	@GetMapping("/{id}/questions/new")
	@PreAuthorize(InstrumentApiController.WRITERS)
	String newQuestion(@PathVariable long id, Model model) {
		InstrumentCatalog.Editable editable = catalog.get(id);
		fillQuestion(editable, null, model);
		model.addAttribute("questionForm", InstrumentForms.QuestionForm.empty(editable.version()));
		return QUESTION;
	}

	@GetMapping("/{id}/questions/{code}")
	@PreAuthorize(InstrumentApiController.WRITERS)
	String question(@PathVariable long id, @PathVariable String code, Model model) {
		InstrumentCatalog.Editable editable = catalog.get(id);
		Question question = editable.instrument()
			.question(code)
			.orElseThrow(() -> Refusal.notFound("survey.instruments.question.notFound", code));
		fillQuestion(editable, code, model);
		model.addAttribute("questionForm", InstrumentForms.QuestionForm.of(question, editable.version()));
		return QUESTION;
	}

	@PostMapping("/{id}/questions/new")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(QUESTION)
	String addQuestion(@PathVariable long id, @ModelAttribute("questionForm") InstrumentForms.QuestionForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return saveQuestion(id, null, form, binding, user, model, redirect);
	}

	@PostMapping("/{id}/questions/{code}")
	@PreAuthorize(InstrumentApiController.WRITERS)
	@OnRefusal(QUESTION)
	String updateQuestion(@PathVariable long id, @PathVariable String code,
			@ModelAttribute("questionForm") InstrumentForms.QuestionForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return saveQuestion(id, code, form, binding, user, model, redirect);
	}

	@PostMapping("/{id}/questions/{code}/delete")
	@PreAuthorize(InstrumentApiController.WRITERS)
	String deleteQuestion(@PathVariable long id, @PathVariable String code, @RequestParam int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		catalog.change(id, version,
				(draft) -> draft.withQuestions(
						draft.questions().stream().filter((question) -> !question.code().equals(code)).toList()),
				code, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.question.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { code });
		return "redirect:/surveys/instruments/" + id + "#questions";
	}

	@PostMapping("/{id}/questions/{code}/move")
	@PreAuthorize(InstrumentApiController.WRITERS)
	String moveQuestion(@PathVariable long id, @PathVariable String code, @RequestParam int version,
			@RequestParam int direction, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		catalog.change(id, version, (draft) -> {
			List<InstrumentRules.QuestionEntry> questions = new ArrayList<>(draft.questions());
			int from = position(questions, code);
			int to = from + Integer.signum(direction);
			if (from >= 0 && to >= 0 && to < questions.size()) {
				questions.add(to, questions.remove(from));
			}
			return draft.withQuestions(questions);
		}, InstrumentEdits.ORDER, user.getUsername());
		return "redirect:/surveys/instruments/" + id + "#question-" + code;
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize(InstrumentApiController.WRITERS)
	String copy(@PathVariable long id, @ModelAttribute("copyForm") InstrumentForms.YearForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long copy = catalog.copy(id, form.getYear(), form.getName(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.copied");
		return "redirect:/surveys/instruments/" + copy;
	}

	private String saveQuestion(long id, String code, InstrumentForms.QuestionForm form, BindingResult binding,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("questionModel", (RefusalModel) () -> fillQuestion(catalog.get(id), code, model));
		if (binding.hasErrors()) {
			fillQuestion(catalog.get(id), code, model);
			return QUESTION;
		}
		catalog.change(id, form.getVersion(), (draft) -> {
			List<InstrumentRules.QuestionEntry> questions = new ArrayList<>(draft.questions());
			int at = (code != null) ? position(questions, code) : -1;
			if (code != null && at < 0) {
				throw Refusal.notFound("survey.instruments.question.notFound", code);
			}
			if (at >= 0) {
				questions.set(at, form.entry());
			}
			else {
				at = questions.size();
				questions.add(form.entry());
			}
			form.at(at);
			return draft.withQuestions(questions);
		}, (form.getCode() != null) ? form.getCode().strip() : code, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.question.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { form.getCode().strip() });
		return "redirect:/surveys/instruments/" + id + "#question-" + form.getCode().strip();
	}

	private static int position(List<InstrumentRules.QuestionEntry> questions, String code) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	private static String saved(long id, String part, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "survey.instruments.saved");
		return "redirect:/surveys/instruments/" + id + "#" + part;
	}

	private void fillList(Model model) {
		model.addAttribute("instruments", catalog.list());
		model.addAttribute("templates", InstrumentTemplates.ALL);
		int year = catalog.today().getYear();
		if (!model.containsAttribute("importForm")) {
			InstrumentForms.ImportForm form = new InstrumentForms.ImportForm();
			form.setYear(year);
			model.addAttribute("importForm", form);
		}
		if (!model.containsAttribute("templateForm")) {
			InstrumentForms.YearForm form = new InstrumentForms.YearForm();
			form.setYear(year);
			model.addAttribute("templateForm", form);
		}
	}

	private void fillEdit(long id, Model model) {
		InstrumentCatalog.Editable editable = catalog.get(id);
		Instrument instrument = editable.instrument();
		model.addAttribute("instrument", instrument);
		model.addAttribute("version", editable.version());
		model.addAttribute("frozen", editable.frozen());
		model.addAttribute("layouts", Layout.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("history", catalog.history(id));
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", InstrumentForms.SettingsForm.of(instrument, editable.version()));
		}
		if (!model.containsAttribute("groupsForm")) {
			model.addAttribute("groupsForm", InstrumentForms.GroupsForm.of(instrument, editable.version()));
		}
		if (!model.containsAttribute("copyForm")) {
			InstrumentForms.YearForm copy = new InstrumentForms.YearForm();
			copy.setYear(instrument.year() + 1);
			copy.setName(InstrumentCatalog.renamed(instrument.name(), instrument.year(), instrument.year() + 1));
			model.addAttribute("copyForm", copy);
		}
	}

	private void fillQuestion(InstrumentCatalog.Editable editable, String code, Model model) {
		model.addAttribute("instrument", editable.instrument());
		model.addAttribute("frozen", editable.frozen());
		model.addAttribute("code", code);
		model.addAttribute("types", java.util.Arrays.stream(AnswerType.values()).map((type) -> type.name()).toList());
	}

}
