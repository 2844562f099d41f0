package vn.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The instruments API (FORMATS.md, Surveys): the secretariat and administrators import,
 * replace, copy and make from templates; the council also reads and exports.
 */
@RestController
@RequestMapping("/api/v1/surveys/instruments")
class InstrumentApiController {

	static final String WRITERS = "hasAnyRole('ADMIN', 'SECRETARIAT')";

	static final String READERS = "hasAnyRole('ADMIN', 'SECRETARIAT', 'APPRAISER', 'COUNCIL_CHAIR')";

	private final InstrumentCatalog catalog;

	private final InstrumentTemplates templates;

	InstrumentApiController(InstrumentCatalog catalog, InstrumentTemplates templates) {
		this.catalog = catalog;
		this.templates = templates;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	InstrumentJson.Created importWorkbook(@RequestPart("file") MultipartFile file,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "year", required = false) Integer year, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		return new InstrumentJson.Created(catalog.importWorkbook(file.getBytes(), name, year, user.getUsername()));
	}

	@GetMapping
	@PreAuthorize(READERS)
	List<InstrumentJson.Listed> list() {
		return catalog.list().stream().map(InstrumentJson.Listed::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	InstrumentJson.Body get(@PathVariable long id) {
		return InstrumentJson.Body.of(catalog.get(id));
	}

	@GetMapping("/{id}/export")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
		return download(catalog.get(id).instrument());
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	InstrumentJson.Body replace(@PathVariable long id, @Valid @RequestBody InstrumentJson.ReplaceRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.replace(id, request.version(), request.draft(), user.getUsername());
		return get(id);
	}

	@PostMapping("/{id}/copy")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	InstrumentJson.Created copy(@PathVariable long id, @Valid @RequestBody InstrumentJson.YearRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return new InstrumentJson.Created(catalog.copy(id, request.year(), request.name(), user.getUsername()));
	}

	@PostMapping("/templates/{template}")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(WRITERS)
	InstrumentJson.Created fromTemplate(@PathVariable String template,
			@Valid @RequestBody InstrumentJson.YearRequest request, @AuthenticationPrincipal CurrentUser user) {
		return new InstrumentJson.Created(
				templates.create(template, request.year(), request.name(), user.getUsername()));
	}

	/** The instrument workbook as a download. */
	static ResponseEntity<byte[]> download(Instrument instrument) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InstrumentWorkbook.write(instrument, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(vn.parindex.workbook.WorkbookWriter.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("bo-cau-hoi-" + instrument.id() + ".xlsx")
						.build()
						.toString())
			.body(out.toByteArray());
	}

}
