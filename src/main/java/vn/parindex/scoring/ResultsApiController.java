package vn.parindex.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.campaign.CampaignView;
import vn.parindex.units.UnitView;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's results over the API, as JSON and as a workbook; a unit leader or officer
 * gets her own unit's line only.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}")
class ResultsApiController {

	private final ResultViews views;

	private final ResultQueries queries;

	private final ResultsWorkbook workbook;

	private final TransactionTemplate transactions;

	ResultsApiController(ResultViews views, ResultQueries queries, ResultsWorkbook workbook,
			TransactionTemplate transactions) {
		this.views = views;
		this.queries = queries;
		this.workbook = workbook;
		this.transactions = transactions;
	}

	@GetMapping("/results")
	ResultsJson results(@PathVariable long campaignId, @AuthenticationPrincipal CurrentUser user) {
		CampaignView campaign = views.campaign(campaignId, user);
		Map<Long, UnitView> units = views.unitsById();
		List<ResultsJson.Unit> results = new ArrayList<>();
		transactions.executeWithoutResult((status) -> queries.forEachUnit(campaignId, (stored, components) -> {
			if (!ResultViews.ownUnitOnly(user) || java.util.Objects.equals(stored.unitId(), user.unitId())) {
				results.add(ResultsJson.Unit.of(units.get(stored.unitId()), stored, components));
			}
		}));
		return new ResultsJson(ResultsJson.Campaign.of(campaign), results);
	}

	@GetMapping("/results.xlsx")
	void workbook(@PathVariable long campaignId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		views.campaign(campaignId, user);
		ResultsController.download(response, campaignId);
		workbook.write(campaignId, user, response.getOutputStream());
	}

}
