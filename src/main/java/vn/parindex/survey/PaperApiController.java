package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Paper questionnaires over the API: one form as JSON, or a workbook of forms; the
 * secretariat and administrators only.
 */
@RestController
@RequestMapping("/api/v1/surveys/{sid}/paper")
@PreAuthorize(PaperController.WRITERS)
class PaperApiController {

	private final PaperEntry entry;

	private final PaperImport imports;

	PaperApiController(PaperEntry entry, PaperImport imports) {
		this.entry = entry;
		this.imports = imports;
	}

	/**
	 * {@code {"serial", "unit", "group", "answers": {"Q1": 4, "Q2": "A", "Q3": ["A","C"],
	 * "Q4": "…", "Q5": null}}} — answers as the public API takes them, or as typed on the
	 * entry page ({@code "4"}, {@code "A,C"}, {@code "?"}).
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> enter(@PathVariable long sid, @RequestBody FormBody body,
			@AuthenticationPrincipal CurrentUser user) {
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		if (body.answers() != null && body.answers().isObject()) {
			body.answers().properties().forEach((property) -> answers.put(property.getKey(), property.getValue()));
		}
		String serial = entry.enter(sid, new PaperEntry.PaperForm(body.serial(), body.unit(), body.group(), answers),
				user.getUsername());
		return Map.of("serial", serial);
	}

	@PostMapping("/import")
	Map<String, Object> importWorkbook(@PathVariable long sid, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return Map.of("imported", imports.importWorkbook(sid, content, user.getUsername()));
		}
	}

	/** One paper form as the API takes it. */
	record FormBody(String serial, String unit, String group, JsonNode answers) {
	}

}
