package vn.parindex.statistics;

import java.util.List;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The observations page: current figures by unit, indicator and period, each with its
 * history; for one unit, indicator and period every figure ever recorded (who, when,
 * source, reason), and for the secretariat a form to type a figure or correct one (with a
 * reason). A unit's people see their own unit's only. A period without a figure says so:
 * missing is not zero.
 */
@Controller
class ObservationPages {

	static final String PAGE = "statistics/feeds/observations";

	/** Current observations the list shows at most. */
	static final int LISTED = 500;

	private final ObservationHistory history;

	private final ObservationEntry entry;

	private final UnitCatalog units;

	private final IndicatorStore indicators;

	ObservationPages(ObservationHistory history, ObservationEntry entry, UnitCatalog units, IndicatorStore indicators) {
		this.history = history;
		this.entry = entry;
		this.units = units;
		this.indicators = indicators;
	}

	@GetMapping("/statistics/observations")
	@PreAuthorize(StatisticsAccess.READERS)
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user, Model model) {
		ObservationForm form = new ObservationForm();
		form.setUnit(unit);
		form.setIndicator(indicator);
		form.setPeriod(period);
		ObservationQuery query = fill(unit, indicator, period, user, model);
		if (query != null && query.unit() != null && query.indicator() != null && query.period() != null) {
			prefill(form, query);
		}
		model.addAttribute("form", form);
		return PAGE;
	}

	@PostMapping("/statistics/observations")
	@PreAuthorize(StatisticsAccess.WRITERS)
	@OnRefusal(PAGE)
	String enter(@ModelAttribute("form") ObservationForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		fill(form.getUnit(), form.getIndicator(), form.getPeriod(), user, model);
		if (binding.hasErrors()) {
			return PAGE;
		}
		ObservationEntry.Outcome outcome = entry.enter(form.typed(), user.getUsername());
		redirect.addFlashAttribute("flashSuccess", "statistics.feeds.entry." + outcome.name());
		String target = UriComponentsBuilder.fromPath("/statistics/observations")
			.queryParam("unit", form.getUnit().strip())
			.queryParam("indicator", form.getIndicator().strip().toUpperCase(java.util.Locale.ROOT))
			.queryParam("period", Period.parse(form.getPeriod()).orElseThrow().text())
			.encode()
			.build()
			.toUriString();
		return "redirect:" + target;
	}

	/**
	 * The page's model: the filter, and either one key's whole history or the list.
	 * @return the query read, or {@code null} when a filter names nothing that exists
	 */
	private ObservationQuery fill(String unit, String indicator, String period, CurrentUser user, Model model) {
		model.addAttribute("writes", StatisticsAccess.writes(user));
		model.addAttribute("allUnits", StatisticsAccess.allUnits(user));
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("unit", unit);
		model.addAttribute("indicator", indicator);
		model.addAttribute("period", period);
		ObservationQuery query;
		try {
			query = ObservationQuery.of(unit, indicator, period, user, units, indicators);
		}
		catch (Refusal refusal) {
			if (refusal.getStatusCode() == HttpStatus.FORBIDDEN) {
				throw refusal;
			}
			model.addAttribute("filterError", refusal);
			model.addAttribute("found", new ObservationHistory.Found(List.of(), false));
			return null;
		}
		model.addAttribute("query", query);
		if (query.unit() != null) {
			model.addAttribute("unit", query.unit().code());
		}
		if (query.unit() != null && query.indicator() != null && query.period() != null) {
			model.addAttribute("rows", history.all(query.unit().id(), query.indicator().id(), query.period()));
		}
		else {
			model.addAttribute("found", history.find(query.unitId(), query.indicatorId(), query.period(), LISTED));
		}
		return query;
	}

	/**
	 * The entry form starts from the current figure, under its source, when one stands.
	 */
	private void prefill(ObservationForm form, ObservationQuery query) {
		List<ObservationHistory.Recorded> current = history
			.all(query.unit().id(), query.indicator().id(), query.period())
			.stream()
			.filter((row) -> row.replacedAt() == null)
			.toList();
		form.setUnit(query.unit().code());
		form.setIndicator(query.indicator().code());
		form.setPeriod(query.period().text());
		if (current.isEmpty()) {
			form.setSource(ObservationEntry.PERSON_SOURCE);
			return;
		}
		ObservationHistory.Recorded latest = current.get(0);
		form.setSource(latest.source());
		form.setNumerator(latest.numerator());
		form.setDenominator(latest.denominator());
		form.setValue(latest.value());
		form.setNote(latest.note());
	}

}
