package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.audit.AuditRecord;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleInputForm;
import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes to one sheet serialise on it: two people saving different parts of one leaf both
 * keep their part, a save racing the submission lands before it or is refused, and of two
 * submissions at once one succeeds and the other is a 409, with one line in the trail.
 */
@IntegrationTest
class SheetConcurrencyTests {

	private static final int ROUNDS = 15;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private final ExecutorService pool4 = Executors.newFixedThreadPool(4);

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ScoresImport scores;

	@AfterEach
	void stop() {
		pool.shutdownNow();
		pool4.shutdownNow();
	}

	@Test
	void aValueAndAnExplanationSavedAtOnceAreBothKept() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser officer = officer(scene);
		CurrentUser leader = (CurrentUser) accounts.principal(scene.leader());
		for (int round = 0; round < ROUNDS; round++) {
			String points = (round % 2 == 0) ? "3" : "2.5";
			String explanation = "Kế hoạch số " + round + "/KH-UBND";
			together(
					() -> assessment.saveLeaf(scene.campaign(), scene.unit().id(), "1.1",
							LeafEdit.of(RuleInputForm.of(new RuleInput.Number(new BigDecimal(points))), null, null,
									null),
							officer),
					() -> assessment.explain(scene.campaign(), scene.unit().id(), "1.1", explanation, leader));
			LeafEntry entry = assessment.sheet(scene.campaign(), scene.unit().id(), leader).entry("1.1");
			assertThat(entry.selfPoints()).as("round " + round).isEqualByComparingTo(points);
			assertThat(entry.explanation()).as("round " + round).isEqualTo(explanation);
		}
	}

	/**
	 * Saves of one leaf racing from the page (a person typing fast, a second tab): they
	 * are applied one after the other, each answer shows the points of its own save, the
	 * value stored is the one applied last, and the trail has each change once, in order.
	 */
	@Test
	void savesOfOneLeafRacingAreAppliedOneAfterTheOtherAndTheLastIsKept() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser leader = (CurrentUser) accounts.principal(scene.leader());
		for (int round = 0; round < 5; round++) {
			List<String> values = List.of("1", "2", "2,5", "3,75");
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (String value : values) {
				answers.add(pool4.submit(() -> {
					start.await();
					return mvc
						.perform(post(scene.sheet() + "/leaves/1.1").header("HX-Request", "true")
							.param("value", value)
							.with(user(accounts.principal(scene.officer())))
							.with(csrf()))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString();
				}));
			}
			start.countDown();
			for (int i = 0; i < values.size(); i++) {
				String shown = String.format("%.2f", new BigDecimal(values.get(i).replace(',', '.'))).replace('.', ',');
				assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).as("round " + round + ", " + values.get(i))
					.contains("id=\"points-1-1\" hx-swap-oob=\"true\">" + shown + "<");
			}
			List<AuditRecord> changes = assessment.timeline(scene.campaign(), scene.unit().id(), leader)
				.stream()
				.filter((line) -> "INPUT_CHANGED".equals(line.action()) && "1.1".equals(line.item()))
				.toList();
			LeafEntry stored = assessment.sheet(scene.campaign(), scene.unit().id(), leader).entry("1.1");
			// newest first: the newest change is what is stored, each follows the one
			// before
			assertThat(changes.get(0).newValue()).as("round " + round).isEqualTo(Inputs.describe(stored));
			for (int i = 0; i + 1 < changes.size(); i++) {
				assertThat(changes.get(i).oldValue()).as("round " + round).isEqualTo(changes.get(i + 1).newValue());
				assertThat(changes.get(i).newValue()).as("round " + round).isNotEqualTo(changes.get(i).oldValue());
			}
		}
	}

	@Test
	void aScoresImportAndAnExplanationSavedAtOnceAreBothKept() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser secretariat = (CurrentUser) accounts.principal(scene.secretariat());
		CurrentUser leader = (CurrentUser) accounts.principal(scene.leader());
		for (int round = 0; round < ROUNDS; round++) {
			double points = (round % 2 == 0) ? 3 : 2.5;
			String explanation = "Báo cáo số " + round + "/BC-UBND";
			byte[] workbook = ScoreWorkbooks.xlsx(ScoreWorkbooks.VIETNAMESE_HEADERS,
					new Object[] { scene.unit().code(), "1.1", points, null, null, null });
			List<Object> outcomes = together(
					() -> scores.importScores(scene.campaign(), new ByteArrayInputStream(workbook), secretariat),
					() -> assessment.explain(scene.campaign(), scene.unit().id(), "1.1", explanation, leader));
			assertThat(outcomes).as("round " + round).noneMatch(Refusal.class::isInstance);
			LeafEntry entry = assessment.sheet(scene.campaign(), scene.unit().id(), leader).entry("1.1");
			assertThat(entry.selfPoints()).as("round " + round).isEqualByComparingTo(BigDecimal.valueOf(points));
			assertThat(entry.explanation()).as("round " + round).isEqualTo(explanation);
		}
	}

	@Test
	void ofTwoSubmissionsAtOnceOneSucceedsAndTheOtherIsAConflict() throws Exception {
		for (int round = 0; round < 5; round++) {
			SheetFixture.Scene scene = filled();
			CurrentUser leader = (CurrentUser) accounts.principal(scene.leader());
			List<Object> outcomes = together(() -> assessment.submit(scene.campaign(), scene.unit().id(), leader),
					() -> assessment.submit(scene.campaign(), scene.unit().id(), leader));
			assertThat(outcomes).filteredOn(SheetView.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(Refusal.class::isInstance)
				.singleElement()
				.extracting((refusal) -> ((Refusal) refusal).getStatusCode())
				.isEqualTo(HttpStatus.CONFLICT);
			assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), leader))
				.filteredOn((line) -> "SUBMITTED".equals(line.action()))
				.hasSize(1);
		}
	}

	@Test
	void aSaveRacingTheSubmissionLandsBeforeItOrIsRefused() throws Exception {
		for (int round = 0; round < 8; round++) {
			SheetFixture.Scene scene = filled();
			CurrentUser leader = (CurrentUser) accounts.principal(scene.leader());
			CurrentUser officer = officer(scene);
			List<Object> outcomes = together(() -> assessment.submit(scene.campaign(), scene.unit().id(), leader),
					() -> assessment.saveLeaf(scene.campaign(), scene.unit().id(), "1.1",
							LeafEdit.of(RuleInputForm.of(new RuleInput.Number(new BigDecimal("4"))), null, null, null),
							officer));
			assertThat(outcomes.get(0)).as("the submission").isInstanceOf(SheetView.class);
			List<AuditRecord> trail = assessment.timeline(scene.campaign(), scene.unit().id(), leader);
			// newest first: nothing written to the sheet after it was submitted
			assertThat(trail.get(0).action()).as("round " + round + ": " + trail).isEqualTo("SUBMITTED");
			LeafEntry entry = assessment.sheet(scene.campaign(), scene.unit().id(), leader).entry("1.1");
			if (outcomes.get(1) instanceof Refusal refusal) {
				assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(entry.selfPoints()).isEqualByComparingTo("3");
			}
			else {
				assertThat(entry.selfPoints()).isEqualByComparingTo("4");
			}
		}
	}

	/** A scene whose sheet is complete and still a draft. */
	private SheetFixture.Scene filled() {
		SheetFixture.Scene scene = fixture.scene();
		CurrentUser officer = officer(scene);
		long campaign = scene.campaign();
		long unit = scene.unit().id();
		assessment.enter(campaign, unit, "1.1", new RuleInput.Number(new BigDecimal("3")), officer);
		assessment.explain(campaign, unit, "1.1", "Kế hoạch số 15/KH-UBND", officer);
		assessment.enter(campaign, unit, "1.2", new RuleInput.YesNo(true), officer);
		assessment.enter(campaign, unit, "1.3", new RuleInput.Level("Tốt"), officer);
		assessment.enter(campaign, unit, "2.1", new RuleInput.Ratio(new BigDecimal("90"), new BigDecimal("100")),
				officer);
		assessment.claimNotApplicable(campaign, unit, "2.2", "Không có nhiệm vụ quá hạn", officer);
		return scene;
	}

	private CurrentUser officer(SheetFixture.Scene scene) {
		return (CurrentUser) accounts.principal(scene.officer());
	}

	/**
	 * Runs both at the same moment; each outcome is what the call returned or the refusal
	 * it ended in.
	 */
	private List<Object> together(Callable<?> first, Callable<?> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<?> call : List.of(first, second)) {
			futures.add(pool.submit(() -> {
				start.await();
				try {
					return call.call();
				}
				catch (Refusal refusal) {
					return refusal;
				}
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> future : futures) {
			outcomes.add(future.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

}
