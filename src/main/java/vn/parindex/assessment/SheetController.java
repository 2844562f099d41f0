package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusalModel;
import vn.parindex.statistics.StatisticFigures;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring sheet page. Each leaf saves itself as the officer types (htmx): the answer
 * carries the leaf's new points and the sheet's new totals, never the fields, so what is
 * typed meanwhile stays; a refused input comes back with its message. The page sends the
 * saves of one sheet one after the other (hx-sync), so the last typed is the last saved.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/sheets/{unitId}")
class SheetController {

	private static final String LEAF = "assessment/leaf :: update";

	/**
	 * The answer to a save typed in a leaf: its points, its refusal and the totals, never
	 * the fields the person may still be typing in.
	 */
	private static final String SAVED = "assessment/leaf :: saved";

	private final SelfAssessment assessment;

	private final EvidenceFiles files;

	private final AppraisalDisclosures disclosures;

	private final StatisticFigures statistics;

	SheetController(SelfAssessment assessment, EvidenceFiles files, AppraisalDisclosures disclosures,
			StatisticFigures statistics) {
		this.assessment = assessment;
		this.files = files;
		this.disclosures = disclosures;
		this.statistics = statistics;
	}

	@GetMapping
	String sheet(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		SheetView sheet = assessment.sheet(campaignId, unitId, user);
		model.addAttribute("sheet", sheet);
		// the link to the council's questions only for those who may read them
		model.addAttribute("seesQuestions",
				disclosures.of(user, campaignId, unitId, sheet.status() == SheetStatus.APPRAISED).questions());
		// the statistic leaves' figures, read only
		model.addAttribute("statisticFigures", statistics.forUnit(campaignId, unitId));
		return "assessment/sheet";
	}

	/**
	 * The sheet's history, loaded when a reader opens it: it grows with every keystroke
	 * saved.
	 */
	@GetMapping("/timeline")
	String timeline(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("timeline", assessment.timeline(campaignId, unitId, user));
		return "assessment/timeline :: table";
	}

	/**
	 * Answers with the leaf's new points and the sheet's totals ({@link #SAVED}); a
	 * refused input with why and the points as stored, what was typed staying in the
	 * fields.
	 */
	@PostMapping("/leaves/{code}")
	@OnRefusal(value = SAVED, only = HttpStatus.BAD_REQUEST)
	String enter(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			RuleInputForm input, @AuthenticationPrincipal CurrentUser user, Model model) {
		onRefusal(campaignId, unitId, code, user, model, "input");
		SheetView sheet = assessment.saveLeaf(campaignId, unitId, code, LeafEdit.of(input, null, null, null), user);
		return saved(sheet, code, "input", model);
	}

	@PostMapping("/leaves/{code}/not-applicable")
	@OnRefusal(LEAF)
	String notApplicable(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "claimed", defaultValue = "true") boolean claimed,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		onRefusal(campaignId, unitId, code, user, model, "claim");
		SheetView sheet = assessment.saveLeaf(campaignId, unitId, code, new LeafEdit(null, claimed, reason, null),
				user);
		return leaf(sheet, sheet.framework().tree().node(code), model);
	}

	/**
	 * What a refusal shows: the leaf as stored and which part of it was refused (read
	 * only when a refusal comes, not on every save); what was typed stays in the page's
	 * fields, which the answer does not replace.
	 */
	private void onRefusal(long campaignId, long unitId, String code, CurrentUser user, Model model, String part) {
		model.addAttribute("refusalModel", (RefusalModel) () -> {
			SheetView stored = assessment.sheet(campaignId, unitId, user);
			leaf(stored, stored.framework().tree().node(code), model);
			model.addAttribute("refusedPart", part);
			model.addAttribute("savedPart", part);
		});
	}

	@PostMapping("/leaves/{code}/explanation")
	String explain(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "explanation", required = false) String explanation,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		SheetView sheet = assessment.explain(campaignId, unitId, code, explanation, user);
		return saved(sheet, code, "explanation", model);
	}

	/** A refused file comes back as the leaf's row as it was, with the refusal. */
	@PostMapping("/leaves/{code}/evidence")
	@OnRefusal(LEAF)
	String attach(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String code,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model)
			throws IOException {
		SheetView before = assessment.sheet(campaignId, unitId, user);
		leaf(before, before.framework().tree().node(code), model);
		try (InputStream content = file.getInputStream()) {
			SheetView sheet = assessment.attach(campaignId, unitId, code, file.getOriginalFilename(), content, user);
			return leaf(sheet, sheet.framework().tree().node(code), model);
		}
	}

	@PostMapping("/evidence/{evidenceId}/delete")
	String detach(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String leafCode = assessment.evidence(campaignId, unitId, evidenceId, user).leafCode();
		SheetView sheet = assessment.detach(campaignId, unitId, evidenceId, user);
		return leaf(sheet, sheet.framework().tree().node(leafCode), model);
	}

	/**
	 * Downloads an attached file; {@code inline} shows a PDF or an image in the browser.
	 */
	@GetMapping("/evidence/{evidenceId}")
	void download(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable long evidenceId,
			@RequestParam(name = "inline", defaultValue = "false") boolean inline,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		EvidenceItem item = assessment.evidence(campaignId, unitId, evidenceId, user);
		StoredFile file = files.find(item.sha256()).orElseThrow();
		files.download(file, item.fileName(), inline && item.previewable(), response);
	}

	/**
	 * The sheet as a workbook that also imports again through the scores import; the
	 * council's points only for a reader who sees them.
	 */
	@GetMapping("/export.xlsx")
	void export(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		SheetView sheet = assessment.sheet(campaignId, unitId, user);
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("phieu-" + sheet.unit().code() + "-" + campaignId + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		boolean verdicts = disclosures.of(user, campaignId, unitId, sheet.status() == SheetStatus.APPRAISED).verdicts();
		SheetWorkbook.write(sheet, verdicts, response.getOutputStream());
	}

	@PostMapping("/submit")
	String submit(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		assessment.submit(campaignId, unitId, user);
		redirect.addFlashAttribute("flashSuccess", "assessment.submitted");
		return "redirect:/campaigns/" + campaignId + "/sheets/" + unitId;
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long campaignId, @PathVariable long unitId,
			@RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		assessment.reopen(campaignId, unitId, reason, user);
		redirect.addFlashAttribute("flashSuccess", "assessment.reopened");
		return "redirect:/campaigns/" + campaignId + "/sheets/" + unitId;
	}

	private static String saved(SheetView sheet, String code, String part, Model model) {
		leaf(sheet, sheet.framework().tree().node(code), model);
		model.addAttribute("savedPart", part);
		return SAVED;
	}

	private static String leaf(SheetView sheet, FrameworkNode leaf, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("leaf", leaf);
		return LEAF;
	}

}
