package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusedForm;
import vn.parindex.units.UnitView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey rounds' pages: the index of every survey, a campaign's surveys with the form
 * that creates one, a survey's overview (and the form that changes it), its populations
 * and samples, and its anonymous tokens with the cards to print. The council reads; the
 * secretariat and administrators write.
 */
@Controller
@PreAuthorize(SurveyRoundApiController.READERS)
class SurveyRoundPages {

	private static final String INDEX = "surveys/rounds/index";

	private static final String CAMPAIGN = "surveys/rounds/campaign";

	private static final String SHOW = "surveys/rounds/show";

	private static final String POPULATIONS = "surveys/rounds/populations";

	private static final String TOKENS = "surveys/rounds/tokens";

	/** The prefix of a population cell's input: {@code n:<unit code>:<group code>}. */
	static final String CELL = "n:";

	private final SurveyRounds rounds;

	private final TokenCards cards;

	SurveyRoundPages(SurveyRounds rounds, TokenCards cards) {
		this.rounds = rounds;
		this.cards = cards;
	}

	@GetMapping("/surveys")
	String index(Model model) {
		model.addAttribute("rows", rounds.index());
		return INDEX;
	}

	// ---- a campaign's surveys

	@GetMapping("/campaigns/{cid}/surveys")
	String campaign(@PathVariable long cid, Model model) {
		LocalDate today = rounds.today();
		model.addAttribute("surveyForm", new SurveyForm(null, "", today, today.plusDays(30), new BigDecimal("5"),
				rounds.campaignUnits(cid).stream().map(UnitView::code).toList()));
		return campaignPage(cid, model);
	}

	@PostMapping("/campaigns/{cid}/surveys")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	@OnRefusal(CAMPAIGN)
	String create(@PathVariable long cid, @ModelAttribute("surveyForm") SurveyForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		campaignPage(cid, model);
		if (binding.hasErrors()) {
			return CAMPAIGN;
		}
		long id = rounds.create(cid, form.input(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.rounds.created");
		return "redirect:/surveys/" + id;
	}

	private String campaignPage(long cid, Model model) {
		model.addAttribute("surveys", rounds.ofCampaign(cid));
		model.addAttribute("campaign", rounds.campaign(cid));
		model.addAttribute("units", rounds.campaignUnits(cid));
		model.addAttribute("instruments", rounds.instrumentChoices());
		return CAMPAIGN;
	}

	// ---- one survey

	@GetMapping("/surveys/{sid}")
	String show(@PathVariable long sid, Model model) {
		SurveyRounds.Overview overview = rounds.get(sid);
		model.addAttribute("surveyForm", SurveyForm.of(overview));
		return showPage(overview, model);
	}

	@PostMapping("/surveys/{sid}")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	@OnRefusal(SHOW)
	String change(@PathVariable long sid, @ModelAttribute("surveyForm") SurveyForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		showPage(rounds.get(sid), model);
		if (binding.hasErrors()) {
			return SHOW;
		}
		rounds.change(sid, form.input(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.rounds.saved");
		return "redirect:/surveys/" + sid;
	}

	private String showPage(SurveyRounds.Overview overview, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("units", rounds.campaignUnits(overview.survey().campaignId()));
		model.addAttribute("instruments", rounds.instrumentChoices());
		model.addAttribute("history", rounds.history(overview.survey().id()));
		return SHOW;
	}

	// ---- populations

	@GetMapping("/surveys/{sid}/populations")
	String populations(@PathVariable long sid, Model model) {
		return populationsPage(rounds.get(sid), Map.of(), model);
	}

	@PostMapping("/surveys/{sid}/populations")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	String setPopulations(@PathVariable long sid, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> cells = new ArrayList<>();
		List<SurveyRounds.PopulationInput> given = new ArrayList<>();
		Map<String, String> typed = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			int last = name.lastIndexOf(':');
			if (!name.startsWith(CELL) || last <= CELL.length() || value == null || value.isBlank()) {
				return;
			}
			typed.put(name, value.strip());
			cells.add(name);
			given.add(new SurveyRounds.PopulationInput(name.substring(CELL.length(), last), name.substring(last + 1),
					whole(value)));
		});
		try {
			rounds.setPopulations(sid, given, user.getUsername());
		}
		catch (Refusal refusal) {
			if (refusal.getStatusCode().value() != 400) {
				throw refusal;
			}
			Map<String, List<Refusal.FieldError>> errors = new HashMap<>();
			for (Refusal.FieldError error : refusal.errors()) {
				if (error.location().get("index") instanceof Integer index) {
					errors.computeIfAbsent(cells.get(index), (cell) -> new ArrayList<>()).add(error);
				}
			}
			model.addAttribute("refusal", refusal);
			model.addAttribute("cellErrors", errors);
			response.setStatus(400);
			return populationsPage(rounds.get(sid), typed, model);
		}
		redirect.addFlashAttribute("flashSuccess", "survey.rounds.populations.saved");
		return "redirect:/surveys/" + sid + "/populations";
	}

	@PostMapping("/surveys/{sid}/margin")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	String margin(@PathVariable long sid, @RequestParam(required = false) BigDecimal marginPercent,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (marginPercent == null) {
			throw Refusal.badRequest("survey.rounds.error.marginRange");
		}
		rounds.change(sid,
				new SurveyRounds.SurveyInput(null, null, null, null, marginPercent.movePointLeft(2), null, null, null),
				user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.rounds.saved");
		return "redirect:/surveys/" + sid + "/populations";
	}

	private String populationsPage(SurveyRounds.Overview overview, Map<String, String> typed, Model model) {
		Map<String, SurveyRounds.PopulationRow> stored = new HashMap<>();
		overview.populations().forEach((p) -> stored.put(p.unit().code() + ":" + p.group().code(), p));
		List<GridRow> grid = new ArrayList<>();
		for (UnitView unit : overview.units()) {
			List<GridCell> row = new ArrayList<>();
			for (RespondentGroup group : overview.instrument().groups()) {
				String key = unit.code() + ":" + group.code();
				SurveyRounds.PopulationRow p = stored.get(key);
				String name = CELL + key;
				row.add(new GridCell(name, group,
						typed.getOrDefault(name, (p != null) ? Long.toString(p.population()) : ""),
						(p != null) ? p.sample() : null));
			}
			grid.add(new GridRow(unit, row));
		}
		model.addAttribute("overview", overview);
		model.addAttribute("grid", grid);
		model.addAttribute("marginPercent", overview.survey().margin().movePointRight(2).stripTrailingZeros());
		return POPULATIONS;
	}

	/**
	 * A typed population: "1200", "1.200" or "1 200"; {@code null} when it is no number.
	 */
	private static BigDecimal whole(String text) {
		try {
			return new BigDecimal(text.strip().replace(".", "").replace(" ", "").replace("\u00a0", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// ---- tokens

	@GetMapping("/surveys/{sid}/tokens")
	String tokens(@PathVariable long sid, Model model) {
		return tokensPage(sid, new TokenForm(null, null, 100), model);
	}

	/**
	 * Issues a batch and answers its cards as a PDF: the only time they can be printed.
	 */
	@PostMapping("/surveys/{sid}/tokens")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	ModelAndView issue(@PathVariable long sid, @ModelAttribute("tokenForm") TokenForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) throws IOException {
		SurveyRounds.IssuedBatch batch;
		try {
			batch = rounds.issueTokens(sid, new SurveyRounds.TokenRequest(form.unit(), form.group(), form.count()),
					user.getUsername());
		}
		catch (Refusal refusal) {
			if (refusal.getStatusCode().value() != 400 && refusal.getStatusCode().value() != 409) {
				throw refusal;
			}
			model.addAttribute("refusal", refusal);
			ModelAndView page = new ModelAndView(tokensPage(sid, form, model));
			page.setStatus(refusal.getStatusCode());
			return page;
		}
		Path file = Files.createTempFile("parindex-cards-", ".pdf");
		try {
			try (var out = Files.newOutputStream(file)) {
				cards.write(batch, out);
			}
			catch (RuntimeException | IOException ex) {
				rounds.revokeBatch(sid, batch.batch(), user.getUsername());
				throw ex;
			}
			response.setContentType(MediaType.APPLICATION_PDF_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("ma-khao-sat-" + sid + "-lo-" + batch.batch() + ".pdf")
						.build()
						.toString());
			response.setContentLengthLong(Files.size(file));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			try (InputStream in = Files.newInputStream(file)) {
				in.transferTo(response.getOutputStream());
			}
			return null;
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@PostMapping("/surveys/{sid}/tokens/batches/{batch}/revoke")
	@PreAuthorize(SurveyRoundApiController.WRITERS)
	String revoke(@PathVariable long sid, @PathVariable int batch, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int revoked = rounds.revokeBatch(sid, batch, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "survey.rounds.tokens.revoked");
		redirect.addFlashAttribute("flashArgs", new Object[] { revoked, batch });
		return "redirect:/surveys/" + sid + "/tokens";
	}

	private String tokensPage(long sid, TokenForm form, Model model) {
		model.addAttribute("board", rounds.tokenBoard(sid));
		model.addAttribute("tokenForm", form);
		model.addAttribute("maxBatch", TokenStore.MAX_BATCH);
		return TOKENS;
	}

	// ---- forms

	/**
	 * A survey as its forms post it: the margin in per cent, the units by code.
	 */
	record SurveyForm(Long instrumentId, String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, BigDecimal marginPercent,
			List<String> units) implements RefusedForm {

		static SurveyForm of(SurveyRounds.Overview overview) {
			Survey s = overview.survey();
			return new SurveyForm(s.instrumentId(), s.name(), s.opensOn(), s.closesOn(),
					s.margin().movePointRight(2).stripTrailingZeros(),
					overview.units().stream().map(UnitView::code).toList());
		}

		SurveyRounds.SurveyInput input() {
			return new SurveyRounds.SurveyInput(instrumentId, (name != null) ? name : "", opensOn, closesOn,
					(marginPercent != null) ? marginPercent.movePointLeft(2) : null,
					(units != null) ? units : List.of(), null, null);
		}

		@Override
		public String fieldOf(Refusal.FieldError error) {
			Object field = error.location().get("field");
			if ("margin".equals(field)) {
				return "marginPercent";
			}
			return ("speedingShare".equals(field) || "deviceWindowMinutes".equals(field)) ? null : (String) field;
		}

	}

	record TokenForm(String unit, String group, Integer count) {
	}

	record GridCell(String name, RespondentGroup group, String value, Long sample) {
	}

	record GridRow(UnitView unit, List<GridCell> cells) {
	}

}
