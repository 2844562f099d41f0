package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.units.UnitView;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paper entry page of a survey for the secretariat's data-entry officers: the unit
 * and group chosen once, then form after form typed from the keyboard with a summary
 * before each save; the forms drawn for a second entry, its differences to resolve and
 * the entry error rate; the workbook import.
 */
@Controller
@RequestMapping("/surveys/{sid}/paper")
@PreAuthorize(PaperController.WRITERS)
class PaperController {

	static final String WRITERS = "hasAnyRole('SECRETARIAT', 'ADMIN')";

	static final String PAGE = "surveys/paper/index";

	static final String CHECK = "surveys/paper/check";

	/** Each question's answer is posted as {@code a_<code>}. */
	static final String ANSWER = "a_";

	private final PaperEntry entry;

	private final PaperImport imports;

	PaperController(PaperEntry entry, PaperImport imports) {
		this.entry = entry;
		this.imports = imports;
	}

	@GetMapping
	String page(@PathVariable long sid, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String group, Model model) {
		page(sid, unit, group, Map.of(), null, model);
		return PAGE;
	}

	/**
	 * The summary of a typed form before it is saved; a form with problems comes back.
	 */
	@PostMapping("/review")
	String review(@PathVariable long sid, @RequestParam MultiValueMap<String, String> params, Model model) {
		Map<String, String> typed = answers(params);
		PaperEntry.PaperSurvey paper = page(sid, params.getFirst("unit"), params.getFirst("group"), typed,
				params.getFirst("serial"), model);
		PaperEntry.Checked checked = entry.check(paper, PaperEntry.PaperForm.typed(params.getFirst("serial"),
				params.getFirst("unit"), params.getFirst("group"), typed));
		if (!checked.problems().isEmpty()) {
			model.addAttribute("problems", checked.problems());
			return PAGE;
		}
		model.addAttribute("checked", checked);
		model.addAttribute("summary", summary(paper.instrument(), checked));
		return "surveys/paper/review";
	}

	/** Back from the summary to the form, as typed. */
	@PostMapping("/edit")
	String edit(@PathVariable long sid, @RequestParam MultiValueMap<String, String> params, Model model) {
		page(sid, params.getFirst("unit"), params.getFirst("group"), answers(params), params.getFirst("serial"), model);
		return PAGE;
	}

	@PostMapping
	@OnRefusal(PAGE)
	String save(@PathVariable long sid, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = answers(params);
		String unit = params.getFirst("unit");
		String group = params.getFirst("group");
		page(sid, unit, group, typed, params.getFirst("serial"), model);
		String serial = entry.enter(sid, PaperEntry.PaperForm.typed(params.getFirst("serial"), unit, group, typed),
				user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.paper.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { serial });
		redirect.addAttribute("unit", unit);
		redirect.addAttribute("group", group);
		return "redirect:/surveys/" + sid + "/paper";
	}

	@PostMapping("/settings")
	String settings(@PathVariable long sid, @RequestParam(required = false) Integer percent,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		entry.setCheckPercent(sid, percent, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.paper.settingsSaved");
		redirect.addFlashAttribute("flashArgs", new Object[] { percent });
		return "redirect:/surveys/" + sid + "/paper#checks";
	}

	@PostMapping("/import")
	@OnRefusal(PAGE)
	String importWorkbook(@PathVariable long sid, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		page(sid, null, null, Map.of(), null, model);
		model.addAttribute("importRefused", true);
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			int imported = imports.importWorkbook(sid, content, user.getUsername());
			redirect.addFlashAttribute("flashSuccess", "survey.paper.imported");
			redirect.addFlashAttribute("flashArgs", new Object[] { imported });
			return "redirect:/surveys/" + sid + "/paper";
		}
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@PathVariable long sid) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PaperImport.template(entry.survey(sid), out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("phieu-giay-" + sid + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	/**
	 * A drawn form: its blind second entry, or once entered, the differences to resolve.
	 */
	@GetMapping("/checks/{serial}")
	String check(@PathVariable long sid, @PathVariable String serial, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		checkPage(sid, serial, user, Map.of(), model);
		return CHECK;
	}

	@PostMapping("/checks/{serial}")
	@OnRefusal(CHECK)
	String secondEntry(@PathVariable long sid, @PathVariable String serial,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = answers(params);
		checkPage(sid, serial, user, typed, model);
		PaperEntry.Comparison comparison = entry.secondEntry(sid, serial, typed, user.getUsername());
		redirect.addFlashAttribute("flashSuccess",
				comparison.differences().isEmpty() ? "survey.paper.checkSame" : "survey.paper.checkDiffers");
		redirect.addFlashAttribute("flashArgs", new Object[] { comparison.differences().size(), comparison.fields() });
		return "redirect:/surveys/" + sid + "/paper/checks/" + serial;
	}

	@PostMapping("/checks/{serial}/resolve")
	@OnRefusal(CHECK)
	String resolve(@PathVariable long sid, @PathVariable String serial,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> typed = answers(params);
		checkPage(sid, serial, user, typed, model);
		int corrected = entry.resolve(sid, serial, typed, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.paper.resolved");
		redirect.addFlashAttribute("flashArgs", new Object[] { corrected });
		return "redirect:/surveys/" + sid + "/paper#checks";
	}

	private PaperEntry.PaperSurvey page(long sid, String unit, String group, Map<String, String> typed, String serial,
			Model model) {
		PaperEntry.PaperSurvey paper = entry.survey(sid);
		UnitView chosenUnit = (unit != null) ? paper.unit(unit.strip()).orElse(null) : null;
		String chosenGroup = (group != null) ? paper.instrument()
			.group(group.strip().toUpperCase(Locale.ROOT))
			.map(RespondentGroup::code)
			.orElse(null) : null;
		if (chosenUnit == null && paper.units().size() == 1) {
			chosenUnit = paper.units().get(0);
		}
		if (chosenGroup == null && paper.instrument().groups().size() == 1) {
			chosenGroup = paper.instrument().groups().get(0).code();
		}
		model.addAttribute("paper", paper);
		model.addAttribute("unit", chosenUnit);
		model.addAttribute("group", chosenGroup);
		model.addAttribute("fields",
				fields((chosenGroup != null) ? paper.instrument().questionsFor(chosenGroup) : List.of()));
		model.addAttribute("values", typed);
		model.addAttribute("serial", (serial != null) ? serial : "");
		model.addAttribute("open", paper.phase() != Survey.Phase.NOT_OPEN);
		model.addAttribute("percent", entry.checkPercent(sid));
		model.addAttribute("awaiting", entry.awaiting(sid));
		model.addAttribute("checkedForms", entry.checked(sid));
		model.addAttribute("errorRate", entry.errorRate(sid));
		model.addAttribute("paperForms", entry.paperForms(sid));
		model.addAttribute("unitNames", unitNames(paper));
		model.addAttribute("answerPrefix", ANSWER);
		return paper;
	}

	private void checkPage(long sid, String serial, CurrentUser user, Map<String, String> typed, Model model) {
		PaperEntry.PaperSurvey paper = entry.survey(sid);
		PaperStore.Check check = entry.drawn(sid, serial);
		model.addAttribute("paper", paper);
		model.addAttribute("check", check);
		model.addAttribute("fields", fields(paper.instrument().questionsFor(check.group())));
		model.addAttribute("values", typed);
		model.addAttribute("unitNames", unitNames(paper));
		model.addAttribute("ownForm", check.enteredBy().equals(user.getUsername()));
		model.addAttribute("comparison", check.isChecked() ? entry.comparison(paper, check) : null);
		model.addAttribute("answerPrefix", ANSWER);
	}

	private static Map<Long, String> unitNames(PaperEntry.PaperSurvey paper) {
		Map<Long, String> names = new LinkedHashMap<>();
		paper.units().forEach((unit) -> names.put(unit.id(), unit.code() + " — " + unit.name()));
		return names;
	}

	/** Each question of the form's group with its answer, as the summary shows them. */
	static List<SummaryLine> summary(Instrument instrument, PaperEntry.Checked checked) {
		List<SummaryLine> lines = new ArrayList<>();
		for (Question question : instrument.questionsFor(checked.group())) {
			tools.jackson.databind.JsonNode answer = checked.answers().get(question.code());
			String label = "";
			if (answer != null && !answer.isNull()) {
				label = switch (question.type()) {
					case SCALE -> answer.intValue() + " / " + question.scale();
					case CHOICE -> question.choice(answer.stringValue()).map(AnswerOption::label).orElse("");
					case MULTI -> {
						List<String> labels = new ArrayList<>();
						answer.forEach((code) -> question.choice(code.stringValue())
							.ifPresent((option) -> labels.add(option.code() + ". " + option.label())));
						yield String.join("; ", labels);
					}
					case TEXT -> answer.stringValue();
				};
			}
			lines.add(new SummaryLine(question.code(), question.text(), PaperAnswers.typed(answer), label,
					answer != null && answer.isNull(), answer != null));
		}
		return lines;
	}

	/**
	 * The questions as the entry form shows them: the keys each takes ({@code null} for
	 * free text and several choices), and whether one key answers it, so that the focus
	 * moves on by itself.
	 */
	static List<Field> fields(List<Question> questions) {
		List<Field> fields = new ArrayList<>();
		for (Question question : questions) {
			String keys = switch (question.type()) {
				case SCALE -> "123456789".substring(0, Math.min(9, question.scale()));
				case CHOICE -> String.join("", question.choices().stream().map(AnswerOption::code).toList());
				case MULTI, TEXT -> null;
			};
			boolean single = keys != null && (question.type() != AnswerType.SCALE || question.scale() <= 9)
					&& question.choices().stream().allMatch((option) -> option.code().length() == 1);
			if (keys != null && question.cannotJudge()) {
				keys += PaperAnswers.CANNOT_JUDGE + "0";
			}
			String legend = switch (question.type()) {
				case SCALE -> null;
				case CHOICE, MULTI -> String.join(" · ",
						question.choices().stream().map((option) -> option.code() + ". " + option.label()).toList());
				case TEXT -> null;
			};
			fields.add(new Field(question, keys, single, legend));
		}
		return fields;
	}

	/** A question on the entry form. */
	record Field(Question question, String keys, boolean single, String legend) {
	}

	/** One line of the summary before saving. */
	record SummaryLine(String code, String text, String typed, String label, boolean cannotJudge, boolean answered) {
	}

	/** The answers posted, by question code. */
	static Map<String, String> answers(MultiValueMap<String, String> params) {
		Map<String, String> typed = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(params.keySet());
		for (String key : keys) {
			if (key.startsWith(ANSWER) && key.length() > ANSWER.length()) {
				typed.put(key.substring(ANSWER.length()), params.getFirst(key));
			}
		}
		return typed;
	}

}
