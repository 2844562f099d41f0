package vn.parindex.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The units workbook over the API: import (atomic; errors as problem+json listing each by
 * sheet, row and column), export and template.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitWorkbookApiController {

	private final UnitImporter importer;

	private final UnitWorkbooks workbooks;

	private final UnitBrowser browser;

	UnitWorkbookApiController(UnitImporter importer, UnitWorkbooks workbooks, UnitBrowser browser) {
		this.importer = importer;
		this.workbooks = workbooks;
		this.browser = browser;
	}

	@PostMapping("/import")
	@PreAuthorize(UnitApiController.WRITERS)
	ImportResult importWorkbook(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return importer.importWorkbook(content, user.getUsername());
		}
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.export(browser.treeOrder(user::canSeeUnit), out);
		return UnitWorkbookController.download(out, "don-vi.xlsx");
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.template(out);
		return UnitWorkbookController.download(out, "mau-nhap-don-vi.xlsx");
	}

}
