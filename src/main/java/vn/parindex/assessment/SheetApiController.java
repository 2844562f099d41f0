package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's sheet over the API: read it, write one leaf, submit, reopen. The same rules
 * and permissions as the page.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/sheets/{unitCode}")
class SheetApiController {

	private final SelfAssessment assessment;

	private final UnitCatalog units;

	SheetApiController(SelfAssessment assessment, UnitCatalog units) {
		this.assessment = assessment;
		this.units = units;
	}

	@GetMapping
	SheetJson sheet(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return SheetJson.of(assessment.sheet(campaignId, unit(unitCode), user));
	}

	/**
	 * Writes one leaf: any of the input fields the rule needs, a not-applicable claim
	 * with its reason, an explanation.
	 */
	@PutMapping("/leaves/{code}")
	SheetJson.Leaf leaf(@PathVariable long campaignId, @PathVariable String unitCode, @PathVariable String code,
			@RequestBody LeafRequest request, @AuthenticationPrincipal CurrentUser user) {
		RuleInputForm input = request.hasInput() ? request.input() : null;
		SheetView sheet = assessment.saveLeaf(campaignId, unit(unitCode), code,
				LeafEdit.of(input, request.notApplicable(), request.reason(), request.explanation()), user);
		FrameworkNode leaf = sheet.framework().tree().node(code);
		return SheetJson.Leaf.of(sheet, leaf);
	}

	@PostMapping("/submit")
	SheetJson submit(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return SheetJson.of(assessment.submit(campaignId, unit(unitCode), user));
	}

	@PostMapping("/reopen")
	SheetJson reopen(@PathVariable long campaignId, @PathVariable String unitCode,
			@RequestBody Map<String, String> body, @AuthenticationPrincipal CurrentUser user) {
		return SheetJson.of(assessment.reopen(campaignId, unit(unitCode), body.get("reason"), user));
	}

	@GetMapping("/timeline")
	List<SheetEvent> timeline(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return assessment.timeline(campaignId, unit(unitCode), user).stream().map(SheetEvent::of).toList();
	}

	private long unit(String code) {
		return units.byCode(code)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "assessment.error.notParticipating"))
			.id();
	}

	record LeafRequest(BigDecimal value, Boolean yes, String level, BigDecimal numerator, BigDecimal denominator,
			BigDecimal count, BigDecimal mean, BigDecimal score, Boolean notApplicable, String reason,
			String explanation) {

		boolean hasInput() {
			return value != null || yes != null || level != null || numerator != null || denominator != null
					|| count != null || mean != null || score != null;
		}

		RuleInputForm input() {
			return new RuleInputForm(value, yes, level, numerator, denominator, count, mean, score);
		}

	}

}
