package vn.parindex.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.assessment.ScoresImport;
import vn.parindex.assessment.SelfAssessment;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.engine.Options;
import vn.parindex.framework.RuleInput;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StoredResultsTests {

	@Autowired
	SheetFixture fixture;

	@Autowired
	SelfAssessment assessment;

	@Autowired
	ScoresImport scores;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Recomputation recomputation;

	@Autowired
	ScoringSettingsService settings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.parindex.units.UnitCatalog units;

	@Autowired
	vn.parindex.campaign.CampaignCatalog campaigns;

	@Test
	void pointsEnteredOnASheetAreStoredAndRankTheCampaign() {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "4");
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("self_points", new BigDecimal("4.0000"))
			.containsEntry("self_max", new BigDecimal("14.0000"))
			.containsEntry("rank", 1);
		assertThat(row(scene.campaign(), scene.other().id())).containsEntry("self_points", new BigDecimal("0.0000"))
			.containsEntry("rank", 2);
		assertThat(area(scene.campaign(), scene.unit().id(), "1")).isEqualByComparingTo("4.00");
	}

	@Test
	void anotherUnitsBetterScoreMovesTheFirstOneDown() {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "2");
		CurrentUser otherOfficer = (CurrentUser) accounts.principal(scene.otherOfficer());
		assessment.enter(scene.campaign(), scene.other().id(), "1.1", new RuleInput.Number(new BigDecimal("3")),
				otherOfficer);
		assertThat(row(scene.campaign(), scene.other().id())).containsEntry("rank", 1);
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("rank", 2);
	}

	@Test
	void resultsCommitWithTheInputOrNotAtAll() {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "1");
		assertThatThrownBy(() -> transactions.executeWithoutResult((status) -> {
			enter(scene, "1.1", "4");
			assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("self_points", new BigDecimal("1.0000"));
			throw new IllegalStateException("rolled back");
		})).hasMessage("rolled back");
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("self_points", new BigDecimal("1.0000"));
	}

	@Test
	void onlyAChangeOfPointsOrApplicabilityRecomputes() {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "1");
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		long before = recomputation.runs();
		assessment.explain(scene.campaign(), scene.unit().id(), "1.1", "Kế hoạch số 15/KH-UBND", officer);
		enter(scene, "1.1", "1");
		assertThat(recomputation.runs()).as("an explanation, the same points again").isEqualTo(before);
		assessment.claimNotApplicable(scene.campaign(), scene.unit().id(), "1.2", "Không phát sinh", officer);
		assertThat(recomputation.runs()).isEqualTo(before + 1);
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("self_max", new BigDecimal("12.0000"));
	}

	@Test
	void participantsJoiningOrLeavingAreComputedWhenTheCampaignAnnouncesThem() {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "4");
		UnitView joining = units.ensure("TG" + scene.campaign(), "Tỉnh gia nhập " + scene.campaign(), "PROVINCE", null);
		campaigns.changeUnits(scene.campaign(), java.util.Set.of(scene.unit().id(), joining.id()), "thuongtruc");
		assertThat(jdbc.sql("select unit_id from scoring_unit_result where campaign_id = ?")
			.param(scene.campaign())
			.query(Long.class)
			.list()).containsExactlyInAnyOrder(scene.unit().id(), joining.id());
		assertThat(row(scene.campaign(), joining.id())).containsEntry("rank", 2)
			.containsEntry("self_points", new BigDecimal("0.0000"));
		assertThat(recomputation.stale(scene.campaign())).isFalse();
	}

	@Test
	void anImportOfManyLeavesRecomputesOncePerTransaction() throws IOException {
		SheetFixture.Scene scene = fixture.scene();
		enter(scene, "1.1", "1");
		long before = recomputation.runs();
		byte[] workbook = workbook(
				new Object[][] { { scene.unit().code(), "1.1", 3 }, { scene.unit().code(), "1.2", 2 },
						{ scene.unit().code(), "1.3", 1 }, { scene.other().code(), "1.1", 4 } });
		CurrentUser secretariat = (CurrentUser) accounts.principal(scene.secretariat());
		assertThat(scores.importScores(scene.campaign(), new ByteArrayInputStream(workbook), secretariat)).isEqualTo(4);
		assertThat(recomputation.runs() - before).isEqualTo(1);
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("self_points", new BigDecimal("6.0000"))
			.containsEntry("rank", 1);
		assertThat(row(scene.campaign(), scene.other().id())).containsEntry("self_points", new BigDecimal("4.0000"))
			.containsEntry("rank", 2);
	}

	@Test
	void changedSettingsRegroupTheUnits() {
		SheetFixture.Scene scene = fixture.submitted();
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("grp", "C");
		settings.change(
				scene.campaign(), new ScoringSettings(Options.RankMethod.COMPETITION, Options.TieBreak.NONE,
						Options.Basis.INDEX, ScoringSettings.parseBands("Tốt=75;Khá=50"), Options.Peers.NONE, 3, null),
				"thuongtruc");
		assertThat(row(scene.campaign(), scene.unit().id())).containsEntry("grp", "Tốt")
			.containsEntry("peer_group", null);
		assertThat(settings.history(scene.campaign())).singleElement()
			.satisfies((change) -> assertThat(change.newValue()).contains("Tốt=75;Khá=50"));
	}

	@Test
	void invalidSettingsChangeNothing() {
		SheetFixture.Scene scene = fixture.submitted();
		ScoringSettings increasing = new ScoringSettings(Options.RankMethod.DENSE, Options.TieBreak.NONE,
				Options.Basis.INDEX, ScoringSettings.parseBands("A=70;A=90;C=120"), Options.Peers.NONE, 3, null);
		assertThatThrownBy(() -> settings.change(scene.campaign(), increasing, "thuongtruc")).isInstanceOfSatisfying(
				Refusal.class,
				(ex) -> assertThat(ex.errors()).extracting(Refusal.FieldError::messageKey)
					.containsExactly("scoring.settings.error.bandNameTwice", "scoring.settings.error.bandsDecreasing",
							"scoring.settings.error.bandBound"));
		assertThat(settings.of(scene.campaign())).isEqualTo(ScoringSettings.defaults());
		assertThat(settings.history(scene.campaign())).isEmpty();
	}

	private void enter(SheetFixture.Scene scene, String leaf, String points) {
		CurrentUser officer = (CurrentUser) accounts.principal(scene.officer());
		assessment.enter(scene.campaign(), scene.unit().id(), leaf, new RuleInput.Number(new BigDecimal(points)),
				officer);
	}

	private Map<String, Object> row(long campaign, long unit) {
		return jdbc.sql("select * from scoring_unit_result where campaign_id = :c and unit_id = :u")
			.param("c", campaign)
			.param("u", unit)
			.query()
			.singleRow();
	}

	private BigDecimal area(long campaign, long unit, String code) {
		return jdbc.sql("""
				select self_points from scoring_component_result
				where campaign_id = :c and unit_id = :u and kind = 'N' and code = :code
				""").param("c", campaign).param("u", unit).param("code", code).query(BigDecimal.class).single();
	}

	static byte[] workbook(Object[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Scores");
			Row header = sheet.createRow(0);
			List<String> headers = List.of("unit", "criterion", "self_points");
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
