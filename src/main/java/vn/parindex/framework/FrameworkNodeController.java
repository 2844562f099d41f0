package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.engine.Source;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.workbook.Decimals;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The framework editor: add, change, move and delete nodes, with the validation's
 * messages next to the fields they concern, and the preview of a leaf's rule.
 */
@Controller
@RequestMapping("/frameworks/{id}/nodes")
class FrameworkNodeController {

	private static final String FORM = "frameworks/node-form";

	private static final String PREVIEW = "frameworks/preview :: result";

	/** The prefix of a formula variable's field in the preview. */
	static final String VARIABLE_FIELD = "v_";

	private final FrameworkCatalog catalog;

	FrameworkNodeController(FrameworkCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/new")
	@PreAuthorize(FrameworkController.WRITERS)
	String newNode(@PathVariable long id, @RequestParam(name = "parent", required = false) String parent, Model model) {
		return form(id, null, FrameworkForms.NodeForm.newChildOf(parent), model);
	}

	@PostMapping("/new")
	@PreAuthorize(FrameworkController.WRITERS)
	@OnRefusal(FORM)
	String add(@PathVariable long id, @Valid @ModelAttribute("form") FrameworkForms.NodeForm form,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return save(id, null, form, binding, user, model, redirect);
	}

	@GetMapping("/{code}")
	@PreAuthorize(FrameworkController.WRITERS)
	String edit(@PathVariable long id, @PathVariable String code, Model model) {
		return form(id, code, FrameworkForms.NodeForm.of(catalog.get(id).tree().node(code)), model);
	}

	@PostMapping("/{code}")
	@PreAuthorize(FrameworkController.WRITERS)
	@OnRefusal(FORM)
	String update(@PathVariable long id, @PathVariable String code,
			@Valid @ModelAttribute("form") FrameworkForms.NodeForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(id, code, form, binding, user, model, redirect);
	}

	@PostMapping("/{code}/delete")
	@PreAuthorize(FrameworkController.WRITERS)
	String delete(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		catalog.removeNode(id, code, user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "framework.node.deleted");
		return "redirect:/frameworks/" + id;
	}

	@PostMapping("/{code}/move")
	@PreAuthorize(FrameworkController.WRITERS)
	String move(@PathVariable long id, @PathVariable String code, @RequestParam int direction,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		catalog.moveNode(id, code, direction, user.getUsername());
		return "redirect:/frameworks/" + id + "#node-" + code;
	}

	/**
	 * What the leaf's rule gives the typed input: a fragment the page swaps in as the
	 * person types.
	 */
	@GetMapping("/{code}/preview")
	@OnRefusal(PREVIEW)
	String preview(@PathVariable long id, @PathVariable String code, RuleInputForm input,
			@RequestParam Map<String, String> typed, Model model) {
		FrameworkNode leaf = catalog.get(id).tree().node(code);
		RuleInput ruleInput = (leaf.rule() == RuleKind.FORMULA) ? values(leaf, typed) : input.toInput(leaf.rule());
		model.addAttribute("points", catalog.preview(id, code, ruleInput));
		return PREVIEW;
	}

	/**
	 * A formula's variables as typed in the preview, each in a field named
	 * {@code v_<variable>}, with {@code ,} or {@code .} as decimal separator.
	 */
	private static RuleInput values(FrameworkNode leaf, Map<String, String> typed) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (String name : leaf.indicators().keySet()) {
			String text = typed.get(VARIABLE_FIELD + name);
			try {
				BigDecimal value = Decimals.parse(text);
				if (value == null) {
					throw Refusal.badRequest("framework.preview.missingInput");
				}
				values.put(name, value);
			}
			catch (NumberFormatException ex) {
				throw Refusal.badRequest("framework.preview.notANumber", text);
			}
		}
		return new RuleInput.Values(values);
	}

	private String save(long id, String code, FrameworkForms.NodeForm form, BindingResult binding, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		form(id, code, null, model);
		if (binding.hasErrors()) {
			return FORM;
		}
		catalog.putNode(id, code, node(id, code, form), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "framework.node.saved");
		return "redirect:/frameworks/" + id + "#node-" + form.code().strip();
	}

	/**
	 * Once a framework is active its form only sends wording; the rest stays as it was.
	 */
	private FrameworkNode node(long id, String code, FrameworkForms.NodeForm form) {
		FrameworkView framework = catalog.get(id);
		if (code != null && framework.info().status() == FrameworkStatus.ACTIVE) {
			return framework.tree().node(code).withWording(form.name().strip(), form.toNode().guidance());
		}
		return form.toNode();
	}

	private String form(long id, String code, FrameworkForms.NodeForm form, Model model) {
		FrameworkView framework = catalog.get(id);
		model.addAttribute("framework", framework);
		model.addAttribute("code", code);
		if (form != null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("sources", Source.values());
		model.addAttribute("rules", RuleKind.values());
		return FORM;
	}

}
