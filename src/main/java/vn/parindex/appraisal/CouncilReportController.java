package vn.parindex.appraisal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign's appraisal report for the secretariat and the chair, on a page and as a
 * workbook.
 */
@Controller
@RequestMapping("/appraisal/campaigns/{campaignId}")
class CouncilReportController {

	private final AppraisalReports reports;

	private final MessageSource messages;

	CouncilReportController(AppraisalReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/report")
	String report(@PathVariable long campaignId,
			@RequestParam(name = "finalisedOnly", defaultValue = "false") boolean finalisedOnly,
			@RequestParam(name = "level", defaultValue = "leaf") String level,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("report", reports.report(campaignId, finalisedOnly, user));
		model.addAttribute("level", switch (level) {
			case "criterion", "area" -> level;
			default -> "leaf";
		});
		return "appraisal/council/report";
	}

	@GetMapping("/report.xlsx")
	void export(@PathVariable long campaignId,
			@RequestParam(name = "finalisedOnly", defaultValue = "false") boolean finalisedOnly,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		AppraisalReport report = reports.report(campaignId, finalisedOnly, user);
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tham-dinh-" + campaignId + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		AppraisalReportWorkbook.write(report, (key) -> messages.getMessage(key, null, locale),
				response.getOutputStream());
	}

}
