package vn.parindex.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.workbook.Column;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Units in Excel on the pages: the secretariat's import page (upload, template, errors),
 * and the export of the units the reader may see.
 */
@Controller
@RequestMapping("/units")
class UnitWorkbookController {

	private final UnitImporter importer;

	private final UnitWorkbooks workbooks;

	private final UnitBrowser browser;

	UnitWorkbookController(UnitImporter importer, UnitWorkbooks workbooks, UnitBrowser browser) {
		this.importer = importer;
		this.workbooks = workbooks;
		this.browser = browser;
	}

	@ModelAttribute("columns")
	List<Column> columns() {
		return UnitColumns.ALL;
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
	String importPage() {
		return "units/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
	@OnRefusal("units/import")
	String importWorkbook(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		try (InputStream content = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			ImportResult result = importer.importWorkbook(content, user.getUsername());
			redirect.addFlashAttribute("flashSuccess", "units.import.done");
			redirect.addFlashAttribute("flashArgs", new Object[] { result.created(), result.updated() });
			return "redirect:/units";
		}
	}

	@GetMapping("/import/template")
	@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.template(out);
		return download(out, "mau-nhap-don-vi.xlsx");
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.export(browser.treeOrder(user::canSeeUnit), out);
		return download(out, "don-vi.xlsx");
	}

	static ResponseEntity<byte[]> download(ByteArrayOutputStream content, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content.toByteArray());
	}

}
