package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.problem.OnRefusal;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's progress board of a campaign: per unit, status, filled leaves,
 * missing evidence, days to the deadline; filtered, sorted, exported. The secretariat
 * imports the scores workbook from here.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN', 'APPRAISER', 'COUNCIL_CHAIR', 'VIEWER')")
class ProgressController {

	private static final String BOARD = "assessment/progress";

	private static final String SCORE_IMPORTERS = "hasAnyRole('SECRETARIAT', 'ADMIN')";

	private final ProgressBoard board;

	private final CampaignCatalog campaigns;

	private final MessageSource messages;

	private final ScoresImport scores;

	ProgressController(ProgressBoard board, CampaignCatalog campaigns, MessageSource messages, ScoresImport scores) {
		this.board = board;
		this.campaigns = campaigns;
		this.messages = messages;
		this.scores = scores;
	}

	@GetMapping("/campaigns/{campaignId}/progress")
	String progress(@PathVariable long campaignId, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "sort", required = false) String sort, Model model) {
		return board(campaignId, status, sort, model);
	}

	/**
	 * Imports the scores workbook; a workbook with errors comes back to the board with
	 * all of them and nothing saved.
	 */
	@PostMapping("/campaigns/{campaignId}/scores/import")
	@PreAuthorize(SCORE_IMPORTERS)
	@OnRefusal(BOARD)
	String importScores(@PathVariable long campaignId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		board(campaignId, null, null, model);
		try (InputStream content = file.getInputStream()) {
			int imported = scores.importScores(campaignId, content, user);
			redirect.addFlashAttribute("flashSuccess", "assessment.scores.imported");
			redirect.addFlashAttribute("flashArgs", new Object[] { imported });
			return "redirect:/campaigns/" + campaignId + "/progress";
		}
	}

	@GetMapping("/campaigns/{campaignId}/scores/template.xlsx")
	@PreAuthorize(SCORE_IMPORTERS)
	void scoresTemplate(@PathVariable long campaignId, HttpServletResponse response) throws IOException {
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("mau-nhap-diem.xlsx").build().toString());
		ScoresWorkbook.template(response.getOutputStream());
	}

	private String board(long campaignId, String status, String sort, Model model) {
		List<ProgressRow> rows = board.rows(campaignId);
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("rows", filtered(rows, status, sort));
		model.addAttribute("all", rows);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		return BOARD;
	}

	@GetMapping("/campaigns/{campaignId}/progress.xlsx")
	void export(@PathVariable long campaignId, HttpServletResponse response, Locale locale) throws IOException {
		List<Column> columns = List.of(column("code", "unit.code", locale), column("name", "unit.name", locale),
				column("status", "assessment.progress.status", locale),
				column("filled", "assessment.totals.filled", locale),
				column("applicable", "assessment.progress.applicable", locale),
				column("missing", "assessment.totals.missingEvidence", locale),
				column("index", "assessment.progress.index", locale),
				column("days", "assessment.progress.days", locale));
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("tien-do-" + campaignId + ".xlsx").build().toString());
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet("Progress", columns);
			for (ProgressRow row : board.rows(campaignId)) {
				writer.row(row.unitCode(), row.unitName(),
						messages.getMessage("assessment.status." + row.status(), null, locale), row.filled(),
						row.applicable(), row.missingEvidence(), row.index(), row.daysToDeadline());
			}
			writer.write(response.getOutputStream());
		}
	}

	private Column column(String key, String labelKey, Locale locale) {
		return Column.optional(key, messages.getMessage(labelKey, null, locale));
	}

	private static List<ProgressRow> filtered(List<ProgressRow> rows, String status, String sort) {
		return rows.stream()
			.filter((row) -> status == null || status.isBlank() || row.status().equals(status)
					|| ("LATE".equals(status) && row.late()))
			.sorted(ProgressBoard.order(sort))
			.toList();
	}

}
