package vn.parindex.assessment;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's progress board of a campaign: per unit, status, filled leaves,
 * missing evidence, days to the deadline; filtered, sorted, exported.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN', 'APPRAISER', 'COUNCIL_CHAIR', 'VIEWER')")
class ProgressController {

	private final ProgressBoard board;

	private final CampaignCatalog campaigns;

	private final MessageSource messages;

	ProgressController(ProgressBoard board, CampaignCatalog campaigns, MessageSource messages) {
		this.board = board;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/progress")
	String progress(@PathVariable long campaignId, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "sort", required = false) String sort, Model model) {
		List<ProgressRow> rows = board.rows(campaignId);
		model.addAttribute("campaign", campaigns.get(campaignId));
		model.addAttribute("rows", filtered(rows, status, sort));
		model.addAttribute("all", rows);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		return "assessment/progress";
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
