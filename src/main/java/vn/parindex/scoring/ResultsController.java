package vn.parindex.scoring;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.workbook.WorkbookWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The results pages: campaigns with results, a campaign's ranking with its chart and heat
 * map, a unit's profile, the workbook. They read stored results only.
 */
@Controller
class ResultsController {

	private final CampaignCatalog campaigns;

	private final ResultViews views;

	private final UnitProfiles profiles;

	private final ResultsWorkbook workbook;

	private final Recomputation recomputation;

	ResultsController(CampaignCatalog campaigns, ResultViews views, UnitProfiles profiles, ResultsWorkbook workbook,
			Recomputation recomputation) {
		this.campaigns = campaigns;
		this.views = views;
		this.profiles = profiles;
		this.workbook = workbook;
		this.recomputation = recomputation;
	}

	@GetMapping("/results")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<CampaignView> visible = campaigns.visibleTo(user);
		Map<Long, StoredCampaign> stored = visible.stream()
			.flatMap((campaign) -> recomputation.stored(campaign.id()).map((s) -> Map.entry(campaign.id(), s)).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		model.addAttribute("campaigns", visible);
		model.addAttribute("stored", stored);
		return "results/list";
	}

	@GetMapping("/results/campaigns/{campaignId}")
	String ranking(@PathVariable long campaignId, @RequestParam(name = "group", required = false) String group,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("page", views.ranking(campaignId, user, group, type, page));
		model.addAttribute("group", group);
		model.addAttribute("type", type);
		return "results/campaign";
	}

	@GetMapping("/results/campaigns/{campaignId}/units/{unitId}")
	String profile(@PathVariable long campaignId, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("profile", profiles.of(campaignId, unitId, user));
		return "results/unit";
	}

	@GetMapping("/results/campaigns/{campaignId}/results.xlsx")
	void download(@PathVariable long campaignId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		views.campaign(campaignId, user);
		download(response, campaignId);
		workbook.write(campaignId, user, response.getOutputStream());
	}

	@PostMapping("/results/campaigns/{campaignId}/recompute")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
	String recompute(@PathVariable long campaignId, RedirectAttributes redirect) {
		campaigns.get(campaignId);
		recomputation.full(campaignId);
		redirect.addFlashAttribute("flashSuccess", "scoring.recomputed");
		return "redirect:/results/campaigns/" + campaignId;
	}

	static void download(HttpServletResponse response, long campaignId) {
		response.setContentType(WorkbookWriter.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("ket-qua-" + campaignId + ".xlsx").build().toString());
	}

}
