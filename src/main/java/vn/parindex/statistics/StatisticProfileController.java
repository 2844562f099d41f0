package vn.parindex.statistics;

import java.math.BigDecimal;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.OnRefusal;
import vn.parindex.problem.Refusal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The per-unit statistics profile page of a campaign, and the council's adjustment forms
 * on it.
 */
@Controller
@RequestMapping("/campaigns/{campaignId}/statistics/units/{unitId}")
class StatisticProfileController {

	static final String PAGE = "statistics/scoring/profile";

	private final StatisticProfiles profiles;

	private final StatisticAdjustments adjustments;

	StatisticProfileController(StatisticProfiles profiles, StatisticAdjustments adjustments) {
		this.profiles = profiles;
		this.adjustments = adjustments;
	}

	@GetMapping
	String profile(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("profile", profiles.of(campaignId, unitId, user));
		return PAGE;
	}

	@PostMapping("/leaves/{leafCode}/adjustment")
	@OnRefusal(PAGE)
	String adjust(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String leafCode,
			@RequestParam(required = false) String points, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		StatisticProfiles.Profile profile = profiles.of(campaignId, unitId, user);
		model.addAttribute("profile", profile);
		model.addAttribute("refusedLeaf", leafCode);
		model.addAttribute("typedPoints", points);
		model.addAttribute("typedReason", reason);
		adjustments.adjust(campaignId, profile.unit().code(), leafCode, number(points), reason, null, user);
		redirect.addFlashAttribute("flashSuccess", "statistics.scoring.adjust.saved");
		return "redirect:/campaigns/" + campaignId + "/statistics/units/" + unitId + "#leaf-" + anchor(leafCode);
	}

	@PostMapping("/leaves/{leafCode}/adjustment/withdraw")
	@OnRefusal(PAGE)
	String withdraw(@PathVariable long campaignId, @PathVariable long unitId, @PathVariable String leafCode,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		StatisticProfiles.Profile profile = profiles.of(campaignId, unitId, user);
		model.addAttribute("profile", profile);
		model.addAttribute("refusedLeaf", leafCode);
		adjustments.withdraw(campaignId, profile.unit().code(), leafCode, reason, null, user);
		redirect.addFlashAttribute("flashSuccess", "statistics.scoring.adjust.withdrawn");
		return "redirect:/campaigns/" + campaignId + "/statistics/units/" + unitId + "#leaf-" + anchor(leafCode);
	}

	/** Points as people type them: {@code 1,5} or {@code 1.5}. */
	static BigDecimal number(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw Refusal.badRequest("statistics.scoring.error.badPoints").onField("points");
		}
	}

	static String anchor(String leafCode) {
		return leafCode.replace('.', '-');
	}

}
