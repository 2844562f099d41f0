package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.units.UnitCatalog;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The secretariat's page of a survey's named respondents: the import form, who was
 * invited and reminded when, and who has answered (yes or no, never what). An import or a
 * re-issue answers the page itself with the new letters as a download: they hold the
 * links, which are stored nowhere, so they can be had this once only.
 */
@Controller
@RequestMapping("/surveys/{sid}/respondents")
@PreAuthorize(RespondentApiController.WRITERS)
class RespondentPageController {

	static final String VIEW = "surveys/respondents/list";

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final RespondentStore respondents;

	private final RespondentImport imports;

	private final RespondentInvitations invitations;

	private final UnitCatalog units;

	RespondentPageController(SurveyStore surveys, InstrumentStore instruments, RespondentStore respondents,
			RespondentImport imports, RespondentInvitations invitations, UnitCatalog units) {
		this.surveys = surveys;
		this.instruments = instruments;
		this.respondents = respondents;
		this.imports = imports;
		this.invitations = invitations;
		this.units = units;
	}

	@GetMapping
	String page(@PathVariable long sid, Model model) {
		fill(sid, model);
		return VIEW;
	}

	@PostMapping
	@OnRefusal(VIEW)
	String importWorkbook(@PathVariable long sid, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		fill(sid, model);
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			return done(sid, imports.importWorkbook(sid, content, user.getUsername()), "imported", model);
		}
	}

	@PostMapping("/{rid}/reissue")
	@OnRefusal(VIEW)
	String reissue(@PathVariable long sid, @PathVariable long rid, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		fill(sid, model);
		return done(sid, imports.reissue(sid, rid, user.getUsername()), "reissued", model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@PathVariable long sid) throws IOException {
		Survey survey = surveys.get(sid);
		String group = instruments.get(survey.instrumentId()).groups().get(0).code();
		String unit = units.byIds(surveys.units(sid)).stream().map(UnitView::code).findFirst().orElse("");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (WorkbookWriter writer = new WorkbookWriter()) {
			writer.sheet(RespondentSheet.SHEET, RespondentSheet.COLUMNS)
				.row("Nguyễn Văn An", "Giám đốc Sở Nội vụ", "nguyenvanan@example.gov.vn", "0912 345 678", group, unit);
			writer.write(out);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nguoi-duoc-khao-sat.xlsx").build().toString())
			.body(out.toByteArray());
	}

	private String done(long sid, RespondentImport.Invited invited, String outcome, Model model) {
		fill(sid, model);
		model.addAttribute("outcome", outcome);
		model.addAttribute("invited", invited);
		model.addAttribute("letters",
				"data:application/pdf;base64," + Base64.getEncoder().encodeToString(invited.letters()));
		return VIEW;
	}

	private void fill(long sid, Model model) {
		Survey survey = surveys.get(sid);
		Map<Long, UnitView> unitsById = new LinkedHashMap<>();
		units.byIds(surveys.units(sid)).forEach((unit) -> unitsById.put(unit.id(), unit));
		Map<String, String> groups = new LinkedHashMap<>();
		instruments.get(survey.instrumentId()).groups().forEach((group) -> groups.put(group.code(), group.name()));
		model.addAttribute("survey", survey);
		model.addAttribute("units", unitsById);
		model.addAttribute("groups", groups);
		model.addAttribute("respondents", respondents.list(sid));
		model.addAttribute("mailConfigured", invitations.mailConfigured());
		model.addAttribute("columns", RespondentSheet.COLUMNS);
	}

}
