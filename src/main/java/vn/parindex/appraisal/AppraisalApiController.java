package vn.parindex.appraisal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.accounts.CurrentUser;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The appraisal over the API: assignments, reviews, decisions, bulk accept, returns for
 * explanation, answers, resubmission and the changes since the last return. The same
 * rules and permissions as the pages.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/appraisal")
class AppraisalApiController {

	private final Assignments assignments;

	private final Reviews reviews;

	private final Decider decider;

	private final Explanations explanations;

	private final UnitCatalog units;

	AppraisalApiController(Assignments assignments, Reviews reviews, Decider decider, Explanations explanations,
			UnitCatalog units) {
		this.assignments = assignments;
		this.reviews = reviews;
		this.decider = decider;
		this.explanations = explanations;
		this.units = units;
	}

	@GetMapping("/assignments")
	List<Assignment> assignments(@PathVariable long campaignId, @AuthenticationPrincipal CurrentUser user) {
		Assignments.requireSecretariat(user);
		return assignments.forCampaign(campaignId);
	}

	/**
	 * {@code {"appraiser": "…", "unitCode": "…"}} or {@code {"appraiser": "…", "area":
	 * "1"}}.
	 */
	@PostMapping("/assignments")
	ResponseEntity<Assignment> assign(@PathVariable long campaignId, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal CurrentUser user) {
		String unitCode = body.get("unitCode");
		Long unitId = (unitCode == null || unitCode.isBlank()) ? null : unit(unitCode);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(assignments.assign(campaignId, body.get("appraiser"), unitId, body.get("area"), user));
	}

	@DeleteMapping("/assignments/{assignmentId}")
	ResponseEntity<Void> remove(@PathVariable long campaignId, @PathVariable long assignmentId,
			@AuthenticationPrincipal CurrentUser user) {
		assignments.remove(campaignId, assignmentId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/sheets/{unitCode}")
	ReviewJson sheet(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return ReviewJson.of(reviews.review(campaignId, unit(unitCode), user));
	}

	@PostMapping("/sheets/{unitCode}/leaves/{leaf}/decision")
	ReviewJson.Leaf decide(@PathVariable long campaignId, @PathVariable String unitCode, @PathVariable String leaf,
			@RequestBody DecisionRequest request, @AuthenticationPrincipal CurrentUser user) {
		Review review = decider.decide(campaignId, unit(unitCode), leaf, request, user);
		return ReviewJson.Leaf.of(review, review.tree().node(leaf));
	}

	@PostMapping("/sheets/{unitCode}/accept-remaining")
	Map<String, Integer> acceptRemaining(@PathVariable long campaignId, @PathVariable String unitCode,
			@RequestParam(name = "area", required = false) String area, @AuthenticationPrincipal CurrentUser user) {
		return Map.of("accepted", decider.acceptRemaining(campaignId, unit(unitCode), area, user));
	}

	@PostMapping("/sheets/{unitCode}/return")
	ReviewJson returnSheet(@PathVariable long campaignId, @PathVariable String unitCode,
			@RequestBody ReturnRequest request, @AuthenticationPrincipal CurrentUser user) {
		long unitId = unit(unitCode);
		Map<String, String> questions = new LinkedHashMap<>();
		if (request.questions() != null) {
			for (ReturnRequest.Asked asked : request.questions()) {
				if (asked.leaf() == null || questions.putIfAbsent(asked.leaf(), asked.question()) != null) {
					throw new Refusal(HttpStatus.BAD_REQUEST, "appraisal.error.oneQuestionPerLeaf");
				}
			}
		}
		explanations.returnSheet(campaignId, unitId, questions, request.note(), user);
		return ReviewJson.of(reviews.review(campaignId, unitId, user));
	}

	/**
	 * The questions the unit is answering now, for the unit's people and the council who
	 * may read the sheet.
	 */
	@GetMapping("/sheets/{unitCode}/questions")
	List<ReviewJson.QuestionJson> questions(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return explanations.explanations(campaignId, unit(unitCode), user)
			.openQuestions()
			.stream()
			.map(ReviewJson.QuestionJson::of)
			.toList();
	}

	@PostMapping("/sheets/{unitCode}/questions/{questionId}/answer")
	Map<String, Object> answer(@PathVariable long campaignId, @PathVariable String unitCode,
			@PathVariable long questionId, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal CurrentUser user) {
		long unitId = unit(unitCode);
		explanations.answer(campaignId, unitId, questionId, body.get("answer"), user);
		Review review = explanations.explanations(campaignId, unitId, user);
		return Map.of("unanswered", Explanations.unanswered(review).size(), "questions",
				review.openQuestions().stream().map(ReviewJson.QuestionJson::of).toList());
	}

	@PostMapping("/sheets/{unitCode}/resubmit")
	Map<String, String> resubmit(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		long unitId = unit(unitCode);
		explanations.resubmit(campaignId, unitId, user);
		return Map.of("status", explanations.explanations(campaignId, unitId, user).sheet().status().name());
	}

	@GetMapping("/sheets/{unitCode}/changes")
	List<LeafChange> changes(@PathVariable long campaignId, @PathVariable String unitCode,
			@AuthenticationPrincipal CurrentUser user) {
		return List.copyOf(reviews.review(campaignId, unit(unitCode), user).changes().values());
	}

	private long unit(String code) {
		return units.byCode(code)
			.orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND, "appraisal.error.unknownUnit", code))
			.id();
	}

	record ReturnRequest(List<Asked> questions, String note) {

		record Asked(String leaf, String question) {
		}

	}

}
