package vn.parindex.units;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages to create, change, deactivate and reactivate a unit.
 */
@Controller
@RequestMapping("/units")
@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN')")
class UnitEditController {

	private final UnitEditor editor;

	private final UnitCatalog units;

	private final UnitTypes types;

	UnitEditController(UnitEditor editor, UnitCatalog units, UnitTypes types) {
		this.editor = editor;
		this.units = units;
		this.types = types;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", types.codes());
		model.addAttribute("allUnits", units.all());
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(name = "parent", required = false) String parent, Model model) {
		model.addAttribute("form", UnitForm.empty(parent));
		return "units/form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "units/form";
		}
		try {
			UnitView created = editor.create(form.toDetails(), user.getUsername());
			redirect.addFlashAttribute("flashSuccess", "units.created");
			return "redirect:/units/" + created.id();
		}
		catch (UnitException ex) {
			reject(binding, ex);
			return "units/form";
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UnitView unit = unit(id);
		model.addAttribute("unit", unit);
		model.addAttribute("form",
				UnitForm.of(unit, (unit.parentId() != null) ? units.byId(unit.parentId()).orElse(null) : null));
		return "units/form";
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		UnitView unit = unit(id);
		model.addAttribute("unit", unit);
		if (binding.hasErrors()) {
			return "units/form";
		}
		try {
			editor.update(unit.code(), form.toDetails(), null, user.getUsername());
		}
		catch (UnitException ex) {
			reject(binding, ex);
			return "units/form";
		}
		redirect.addFlashAttribute("flashSuccess", "units.updated");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		editor.setActive(id, false, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "units.deactivated");
		return "redirect:/units/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			editor.setActive(id, true, user.getUsername());
			redirect.addFlashAttribute("flashSuccess", "units.activated");
		}
		catch (UnitException ex) {
			redirect.addFlashAttribute("flashError", "units.activate.ceased");
		}
		return "redirect:/units/" + id;
	}

	private UnitView unit(long id) {
		return units.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Shows a refusal beside the field it concerns (the forms name their fields alike).
	 */
	static void reject(BindingResult binding, UnitException ex) {
		if (ex.field() != null) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
