package vn.parindex.campaign;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.units.UnitView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaign API (FORMATS.md): reading for everybody who may see a campaign, opening
 * and changing for the secretariat and administrators.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

	private final CampaignCatalog catalog;

	private final Participants participants;

	CampaignApiController(CampaignCatalog catalog, Participants participants) {
		this.catalog = catalog;
		this.participants = participants;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(CampaignController.WRITERS)
	CampaignJson.Created create(@Valid @RequestBody CampaignJson.CampaignRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		NewCampaign campaign = new NewCampaign(request.name(), request.year(), request.frameworkId(),
				participants.byCodes(request.unitCodes()), request.dates());
		return new CampaignJson.Created(catalog.create(campaign, user.getUsername()));
	}

	@GetMapping
	List<CampaignJson.CampaignBody> list(@AuthenticationPrincipal CurrentUser user) {
		Map<Long, UnitView> units = participants.all();
		return catalog.visibleTo(user).stream().map((c) -> CampaignJson.CampaignBody.of(c, units)).toList();
	}

	@GetMapping("/{id}")
	CampaignJson.CampaignBody get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return CampaignJson.CampaignBody.of(catalog.get(id, user), participants.all());
	}

	@PutMapping("/{id}/phases")
	@PreAuthorize(CampaignController.WRITERS)
	CampaignJson.CampaignBody phases(@PathVariable long id, @Valid @RequestBody CampaignJson.PhasesRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.reschedule(id, request.dates(), user.getUsername());
		return get(id, user);
	}

	@PutMapping("/{id}/units")
	@PreAuthorize(CampaignController.WRITERS)
	CampaignJson.CampaignBody units(@PathVariable long id, @Valid @RequestBody CampaignJson.UnitsRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		catalog.changeUnits(id, participants.byCodes(request.unitCodes()), user.getUsername());
		return get(id, user);
	}

}
