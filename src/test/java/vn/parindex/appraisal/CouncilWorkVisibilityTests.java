package vn.parindex.appraisal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.assessment.SheetReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who sees the council's work, and when (issue 11, point 3): for every surface that shows
 * appraisal details and every kind of reader, before and after the chair finalises, the
 * details are shown or withheld as the one rule says. The table below is the rule,
 * written out by hand:
 *
 * <pre>
 * reader                 | before: verdicts reasons questions | after: verdicts reasons questions
 * the unit's officer     |         -        -       yes       |        yes      yes     yes
 * the unit's leader      |         -        -       yes       |        yes      yes     yes
 * viewer                 |         -        -       -         |        yes      -       -
 * unassigned appraiser   |         -        -       -         |        yes      -       -
 * assigned appraiser     |         yes      yes     yes       |        yes      yes     yes
 * chair, secretariat     |         yes      yes     yes       |        yes      yes     yes
 * </pre>
 *
 * The scene: a submitted sheet, 9 of 12 self-assessed points (75%), every leaf decided,
 * 1.1 adjusted 3 → 2.5 and 2.2's claim rejected, each with a reason; appraised 9.5 of 14
 * (67.86%); one question asked on 1.1.
 */
@IntegrationTest
class CouncilWorkVisibilityTests {

	private static final String REASON = "Thiếu kế hoạch quý IV";

	private static final String QUESTION = "Đề nghị gửi bản kế hoạch đã ký số";

	@Autowired
	MockMvc mvc;

	@Autowired
	CouncilFixture council;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Appraisal appraisal;

	@Autowired
	SheetReview review;

	@Test
	void beforeTheChairFinalisesOnlyTheCouncilSeesItsWork() throws Exception {
		Scene scene = scene();
		SoftAssertions softly = new SoftAssertions();
		Map<String, Expected> readers = new LinkedHashMap<>();
		readers.put("officer", new Expected(scene.officer, false, false, true, false, false, true));
		readers.put("leader", new Expected(scene.leader, false, false, true, false, false, true));
		readers.put("viewer", new Expected(scene.viewer, false, false, false, false, false, true));
		readers.put("unassigned appraiser", new Expected(scene.unassigned, false, false, false, false, false, false));
		readers.put("assigned appraiser", new Expected(scene.assigned, true, true, true, true, false, true));
		readers.put("chair", new Expected(scene.chair, true, true, true, true, true, true));
		readers.put("secretariat", new Expected(scene.secretariat, true, true, true, true, true, true));
		for (Map.Entry<String, Expected> reader : readers.entrySet()) {
			check(softly, scene, reader.getKey(), reader.getValue(), false);
		}
		softly.assertAll();
	}

	@Test
	void afterTheChairFinalisesTheUnitSeesTheVerdictsAndReasonsAndEveryReaderTheOfficialPoints() throws Exception {
		Scene scene = scene();
		review.finalise(scene.sheet.campaign(), scene.sheet.unit().id(), scene.chair.username());
		SoftAssertions softly = new SoftAssertions();
		Map<String, Expected> readers = new LinkedHashMap<>();
		readers.put("officer", new Expected(scene.officer, true, true, true, false, false, true));
		readers.put("leader", new Expected(scene.leader, true, true, true, false, false, true));
		readers.put("viewer", new Expected(scene.viewer, true, false, false, false, false, true));
		readers.put("unassigned appraiser", new Expected(scene.unassigned, true, false, false, false, false, false));
		readers.put("assigned appraiser", new Expected(scene.assigned, true, true, true, true, false, true));
		readers.put("chair", new Expected(scene.chair, true, true, true, true, true, true));
		readers.put("secretariat", new Expected(scene.secretariat, true, true, true, true, true, true));
		for (Map.Entry<String, Expected> reader : readers.entrySet()) {
			check(softly, scene, reader.getKey(), reader.getValue(), true);
		}
		softly.assertAll();
	}

	@Test
	void theCouncilsNoteOnAReturnReachesTheUnitAndTheCouncilNotViewers() throws Exception {
		SheetFixture.Scene sheet = council.submitted();
		String note = "Hội đồng đề nghị giải trình tiêu chí 1.1";
		review.returnForExplanation(sheet.campaign(), sheet.unit().id(), Set.of("1.1"), "thamdinh", note);
		String trail = "/api/v1/campaigns/" + sheet.campaign() + "/sheets/" + sheet.unit().code() + "/timeline";
		String trailPage = "/campaigns/" + sheet.campaign() + "/sheets/" + sheet.unit().id() + "/timeline";
		SoftAssertions softly = new SoftAssertions();
		Map<String, UserView> readers = new LinkedHashMap<>();
		readers.put("officer", sheet.officer());
		readers.put("secretariat", sheet.secretariat());
		readers.put("chair", council.chair());
		readers.put("viewer", accounts.create(Role.VIEWER));
		for (Map.Entry<String, UserView> reader : readers.entrySet()) {
			boolean sees = !"viewer".equals(reader.getKey());
			for (String path : new String[] { trail, trailPage }) {
				String body = page(reader.getValue(), path, 200, softly, reader.getKey() + ": ");
				softly.assertThat(body.contains(note))
					.as(reader.getKey() + " reads the note on " + path)
					.isEqualTo(sees);
				softly.assertThat(body.contains("RETURNED") || body.contains("Trả lại"))
					.as(reader.getKey() + " sees the return on " + path)
					.isTrue();
			}
		}
		softly.assertAll();
	}

	private void check(SoftAssertions softly, Scene scene, String who, Expected expected, boolean finalised)
			throws Exception {
		long campaign = scene.sheet.campaign();
		long unit = scene.sheet.unit().id();
		String code = scene.sheet.unit().code();
		String phase = (finalised ? "after" : "before") + " finalisation, " + who + ": ";
		UserView reader = expected.user;

		String profile = page(reader, "/results/campaigns/" + campaign + "/units/" + unit, 200, softly, phase);
		softly.assertThat(profile.contains(REASON)).as(phase + "profile shows the reason").isEqualTo(expected.reasons);
		softly.assertThat(profile.contains("id=\"profile-appraised\""))
			.as(phase + "profile shows the appraised totals")
			.isEqualTo(expected.verdicts);
		softly.assertThat(profile.contains("67,86%"))
			.as(phase + "profile shows the appraised index")
			.isEqualTo(expected.verdicts);
		softly.assertThat(profile.contains("id=\"appraisal-pending\""))
			.as(phase + "profile says the appraisal is pending")
			.isEqualTo(!expected.verdicts);

		String ranking = page(reader, "/results/campaigns/" + campaign, 200, softly, phase);
		softly.assertThat(ranking.contains("67,86%"))
			.as(phase + "ranking shows the appraised index")
			.isEqualTo(expected.verdicts);

		String results = page(reader, "/api/v1/campaigns/" + campaign + "/results", 200, softly, phase);
		softly.assertThat(results.contains("\"index\":67.86"))
			.as(phase + "results API gives the appraised index")
			.isEqualTo(finalised);
		softly.assertThat(results.contains(REASON)).as(phase + "results API gives the reason").isFalse();
		for (String path : new String[] { "/results/campaigns/" + campaign + "/results.xlsx",
				"/api/v1/campaigns/" + campaign + "/results.xlsx" }) {
			Set<String> cells = cells(download(reader, path, 200, softly, phase));
			softly.assertThat(cells.contains("9.5"))
				.as(phase + path + " gives the appraised points")
				.isEqualTo(finalised);
		}

		int sheetStatus = expected.sheet ? 200 : 403;
		String export = "/campaigns/" + campaign + "/sheets/" + unit + "/export.xlsx";
		Set<String> sheetCells = cells(download(reader, export, sheetStatus, softly, phase));
		softly.assertThat(sheetCells.contains("2.5"))
			.as(phase + "sheet workbook gives the appraised points")
			.isEqualTo(expected.verdicts && expected.sheet);
		String sheet = page(reader, "/campaigns/" + campaign + "/sheets/" + unit, sheetStatus, softly, phase);
		softly.assertThat(sheet.contains(REASON)).as(phase + "sheet page shows the reason").isFalse();
		String sheetApi = page(reader, "/api/v1/campaigns/" + campaign + "/sheets/" + code, sheetStatus, softly, phase);
		softly.assertThat(sheetApi.contains(REASON)).as(phase + "sheet API gives the reason").isFalse();

		String api = "/api/v1/campaigns/" + campaign + "/appraisal/sheets/" + code;
		String timeline = page(reader, api + "/timeline", expected.questions ? 200 : 403, softly, phase);
		String timelinePage = page(reader, "/appraisal/campaigns/" + campaign + "/units/" + unit + "/timeline",
				expected.questions ? 200 : 403, softly, phase);
		if (expected.questions) {
			softly.assertThat(timeline.contains(REASON))
				.as(phase + "timeline gives the reason")
				.isEqualTo(expected.reasons);
			softly.assertThat(timelinePage.contains(REASON))
				.as(phase + "timeline page shows the reason")
				.isEqualTo(expected.reasons);
			softly.assertThat(timeline.contains(QUESTION)).as(phase + "timeline gives the question").isTrue();
			softly.assertThat(timeline.contains("\"action\":\"ASSIGNED\""))
				.as(phase + "timeline gives the assignments")
				.isEqualTo(expected.council);
		}
		int outcomeStatus = !expected.questions ? 403 : (finalised ? 200 : 409);
		String outcome = page(reader, api + "/outcome", outcomeStatus, softly, phase);
		softly.assertThat(outcome.contains(REASON))
			.as(phase + "outcome gives the reason")
			.isEqualTo(outcomeStatus == 200);
		page(reader, api + "/questions", expected.questions ? 200 : 403, softly, phase);
		page(reader, "/appraisal/campaigns/" + campaign + "/units/" + unit + "/explanations",
				expected.questions ? 200 : 403, softly, phase);

		String reviewApi = page(reader, api, expected.council ? 200 : 403, softly, phase);
		String reviewPage = page(reader, "/appraisal/campaigns/" + campaign + "/units/" + unit,
				expected.council ? 200 : 403, softly, phase);
		softly.assertThat(reviewApi.contains(REASON) && reviewPage.contains(REASON))
			.as(phase + "the appraisers' review gives the reason")
			.isEqualTo(expected.council);
		String report = page(reader, "/api/v1/campaigns/" + campaign + "/appraisal/report", expected.staff ? 200 : 403,
				softly, phase);
		softly.assertThat(report.contains("\"adjustedLeaves\":2") || report.contains(code))
			.as(phase + "the appraisal report gives the unit's adjustments")
			.isEqualTo(expected.staff);
		page(reader, "/appraisal/campaigns/" + campaign + "/report.xlsx", expected.staff ? 200 : 403, softly, phase);
	}

	private String page(UserView reader, String path, int status, SoftAssertions softly, String phase)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.principal(reader))))
			.andReturn()
			.getResponse();
		softly.assertThat(response.getStatus()).as(phase + "GET " + path).isEqualTo(status);
		return (response.getStatus() == 200) ? response.getContentAsString(StandardCharsets.UTF_8) : "";
	}

	private byte[] download(UserView reader, String path, int status, SoftAssertions softly, String phase)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.principal(reader))))
			.andReturn()
			.getResponse();
		softly.assertThat(response.getStatus()).as(phase + "GET " + path).isEqualTo(status);
		return (response.getStatus() == 200) ? response.getContentAsByteArray() : new byte[0];
	}

	/** Every cell of every sheet, as text. */
	private static Set<String> cells(byte[] xlsx) throws Exception {
		Set<String> cells = new HashSet<>();
		if (xlsx.length == 0) {
			return cells;
		}
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(formatter.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

	private Scene scene() {
		SheetFixture.Scene sheet = council.decided();
		UserView assigned = council.appraiser();
		UserView unassigned = council.appraiser();
		CurrentUser secretariat = council.principal(sheet.secretariat());
		appraisal.assign(sheet.campaign(), assigned.username(), sheet.unit().id(), null, secretariat);
		appraisal.assign(sheet.campaign(), unassigned.username(), sheet.other().id(), null, secretariat);
		council.ask(sheet, "1.1", 1, QUESTION, assigned.username());
		return new Scene(sheet, sheet.officer(), sheet.leader(), accounts.create(Role.VIEWER), unassigned, assigned,
				council.chair(), sheet.secretariat());
	}

	private record Scene(SheetFixture.Scene sheet, UserView officer, UserView leader, UserView viewer,
			UserView unassigned, UserView assigned, UserView chair, UserView secretariat) {
	}

	/**
	 * What one reader should see: the council's points and verdicts, its reasons, the
	 * questions and answers; whether she is of the council for this unit, and of its
	 * staff (the campaign-wide report); whether she reads the unit's sheet at all (an
	 * appraiser not assigned to it does not).
	 */
	private record Expected(UserView user, boolean verdicts, boolean reasons, boolean questions, boolean council,
			boolean staff, boolean sheet) {
	}

}
