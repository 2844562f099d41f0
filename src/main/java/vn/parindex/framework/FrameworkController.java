package vn.parindex.framework;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Framework pages: the list with the workbook import, one framework with its totals and
 * tree, its life cycle (activate, freeze, copy to a new year), exports and the comparison
 * of versions.
 */
@Controller
@RequestMapping("/frameworks")
class FrameworkController {

	static final String WRITERS = "hasAnyRole('SECRETARIAT', 'ADMIN')";

	private static final String LIST = "frameworks/list";

	private static final String COMPARE = "frameworks/compare";

	private final FrameworkCatalog catalog;

	FrameworkController(FrameworkCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("frameworks", catalog.list());
		model.addAttribute("importForm", FrameworkForms.ImportForm.empty());
		return LIST;
	}

	@PostMapping("/import")
	@PreAuthorize(WRITERS)
	@OnRefusal(LIST)
	String importWorkbook(@RequestParam("file") MultipartFile file,
			@Valid @ModelAttribute("importForm") FrameworkForms.ImportForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("frameworks", catalog.list());
		if (binding.hasErrors()) {
			return LIST;
		}
		long id = catalog.importWorkbook(file.getBytes(), form.toSettings(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "framework.imported");
		return "redirect:/frameworks/" + id;
	}

	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		FrameworkDownloads.prepare(response, "mau-bo-chi-so.xlsx");
		FrameworkTemplate.write(response.getOutputStream());
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		FrameworkView view = catalog.get(id);
		model.addAttribute("framework", view);
		model.addAttribute("history", catalog.history(id));
		model.addAttribute("copyForm", new FrameworkForms.CopyForm(view.info().year() + 1, view.info().name()));
		model.addAttribute("settingsForm", FrameworkForms.ImportForm.of(view.info().settings()));
		model.addAttribute("others", catalog.list().stream().filter((other) -> other.id() != id).toList());
		return "frameworks/show";
	}

	@GetMapping("/{id}/export.xlsx")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		FrameworkDownloads.prepare(response, FrameworkDownloads.fileName(catalog.get(id).info()));
		catalog.export(id, response.getOutputStream());
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize(WRITERS)
	String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return lifeCycle(id, redirect, "framework.activated", () -> catalog.activate(id, user.getUsername()));
	}

	@PostMapping("/{id}/freeze")
	@PreAuthorize(WRITERS)
	String freeze(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return lifeCycle(id, redirect, "framework.frozen", () -> catalog.freeze(id, user.getUsername()));
	}

	@PostMapping("/{id}/settings")
	@PreAuthorize(WRITERS)
	String settings(@PathVariable long id, @Valid @ModelAttribute("settingsForm") FrameworkForms.ImportForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", "framework.settings.invalid");
			return "redirect:/frameworks/" + id;
		}
		return lifeCycle(id, redirect, "framework.settings.saved",
				() -> catalog.updateSettings(id, form.toSettings(), user.getUsername()));
	}

	@PostMapping("/{id}/copy")
	@PreAuthorize(WRITERS)
	String copy(@PathVariable long id, @Valid @ModelAttribute("copyForm") FrameworkForms.CopyForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", "framework.copy.invalid");
			return "redirect:/frameworks/" + id;
		}
		long copy = catalog.copyToYear(id, form.year(), form.name(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "framework.copied");
		return "redirect:/frameworks/" + copy;
	}

	@GetMapping("/compare")
	@OnRefusal(COMPARE)
	String compare(@RequestParam long from, @RequestParam long to,
			@RequestParam(name = "map", required = false) String map, Model model) {
		model.addAttribute("from", catalog.get(from).info());
		model.addAttribute("to", catalog.get(to).info());
		model.addAttribute("map", map);
		model.addAttribute("frameworks", catalog.list());
		model.addAttribute("comparison", catalog.compare(from, to, FrameworkDownloads.mapping(map)));
		return COMPARE;
	}

	private String lifeCycle(long id, RedirectAttributes redirect, String success, Runnable change) {
		change.run();
		redirect.addFlashAttribute("flashSuccess", success);
		return "redirect:/frameworks/" + id;
	}

}
