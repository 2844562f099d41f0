package vn.parindex.statistics;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics index (what each role may open) and the indicator catalog's pages: the
 * list with a form to add one, and an indicator's page to edit it, with the periods its
 * observations cover.
 */
@Controller
class StatisticsPages {

	static final String INDICATORS = "statistics/feeds/indicators";

	static final String INDICATOR = "statistics/feeds/indicator";

	private final IndicatorStore indicators;

	private final IndicatorEditor editor;

	private final ObservationHistory history;

	private final CampaignCatalog campaigns;

	StatisticsPages(IndicatorStore indicators, IndicatorEditor editor, ObservationHistory history,
			CampaignCatalog campaigns) {
		this.indicators = indicators;
		this.editor = editor;
		this.history = history;
		this.campaigns = campaigns;
	}

	@GetMapping("/statistics")
	@PreAuthorize(StatisticsAccess.READERS)
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("writes", StatisticsAccess.writes(user));
		model.addAttribute("allUnits", StatisticsAccess.allUnits(user));
		model.addAttribute("ownUnit", user.unitId());
		model.addAttribute("readsDossiers", StatisticsAccess.readsDossiers(user));
		model.addAttribute("campaigns", campaigns.visibleTo(user));
		model.addAttribute("indicatorCount", indicators.all().size());
		return "statistics/feeds/index";
	}

	@GetMapping("/statistics/indicators")
	@PreAuthorize(StatisticsAccess.READERS)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new IndicatorForm());
		list(user, model, false);
		return INDICATORS;
	}

	@PostMapping("/statistics/indicators")
	@PreAuthorize(StatisticsAccess.WRITERS)
	@OnRefusal(INDICATORS)
	String create(@ModelAttribute("form") IndicatorForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		list(user, model, true);
		Indicator created = editor.create(form.request(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "statistics.feeds.indicators.created");
		redirect.addFlashAttribute("flashArgs", new Object[] { created.code() });
		return "redirect:/statistics/indicators/" + created.code();
	}

	@GetMapping("/statistics/indicators/{code}")
	@PreAuthorize(StatisticsAccess.READERS)
	String show(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		Indicator indicator = indicator(code);
		model.addAttribute("form", IndicatorForm.of(indicator));
		show(indicator, user, model);
		return INDICATOR;
	}

	@PostMapping("/statistics/indicators/{code}")
	@PreAuthorize(StatisticsAccess.WRITERS)
	@OnRefusal(INDICATOR)
	String update(@PathVariable String code, @ModelAttribute("form") IndicatorForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Indicator indicator = indicator(code);
		show(indicator, user, model);
		Indicator saved = editor.update(indicator.code(), form.request(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "statistics.feeds.indicators.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.code() });
		return "redirect:/statistics/indicators/" + saved.code();
	}

	private Indicator indicator(String code) {
		return indicators.byCode(code).orElseThrow(() -> Refusal.notFound("statistics.feeds.indicator.unknown", code));
	}

	private static void choices(Model model) {
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("aggregations", PeriodAggregation.values());
	}

	private void list(CurrentUser user, Model model, boolean refusedCreate) {
		choices(model);
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("writes", StatisticsAccess.writes(user));
		model.addAttribute("refusedCreate", refusedCreate);
	}

	private void show(Indicator indicator, CurrentUser user, Model model) {
		choices(model);
		model.addAttribute("indicator", indicator);
		model.addAttribute("writes", StatisticsAccess.writes(user));
		model.addAttribute("observed", editor.observed(indicator.id()));
		model.addAttribute("coverage", history.coverage(indicator.id(), 40));
		model.addAttribute("allUnits", StatisticsAccess.allUnits(user));
	}

}
