package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: a workbook or CSV file uploaded is checked (every error listed by row
 * and column) and staged; its preview shows what applying would change — new figures,
 * figures replaced (old → new), unchanged ones — before a second post applies it, exactly
 * as shown and once.
 */
@Controller
@RequestMapping("/statistics/import")
@PreAuthorize(StatisticsAccess.WRITERS)
class ObservationImportPages {

	static final String PAGE = "statistics/feeds/import";

	static final String PREVIEW = "statistics/feeds/preview";

	private final ObservationImports imports;

	ObservationImportPages(ObservationImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("defaultSource", ObservationIntake.FILE_SOURCE);
		return PAGE;
	}

	@PostMapping
	@OnRefusal(PAGE)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "source", required = false) String source, @AuthenticationPrincipal CurrentUser user,
			Model model) throws IOException {
		model.addAttribute("defaultSource", ObservationIntake.FILE_SOURCE);
		model.addAttribute("source", source);
		if (file == null || file.isEmpty()) {
			throw Refusal.badRequest("statistics.feeds.file.missing");
		}
		try (InputStream content = file.getInputStream()) {
			long id = imports.stage(file.getOriginalFilename(), content, source, user.getUsername());
			return "redirect:/statistics/import/" + id;
		}
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("preview", imports.preview(id));
		return PREVIEW;
	}

	@PostMapping("/{id}/apply")
	@OnRefusal(value = PREVIEW, only = HttpStatus.CONFLICT)
	String apply(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("preview", imports.preview(id));
		ObservationFeed.Stored stored = imports.apply(id, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "statistics.feeds.import.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { stored.accepted(),
				stored.accepted() - stored.unchanged() - stored.replaced(), stored.replaced(), stored.unchanged() });
		return "redirect:/statistics/import/" + id;
	}

}
