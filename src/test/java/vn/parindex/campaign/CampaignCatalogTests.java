package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.audit.AuditRecord;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.problem.Refusal;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class CampaignCatalogTests {

	@Autowired
	CampaignCatalog catalog;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	UnitCatalog units;

	@Autowired
	Participants participants;

	@Autowired
	TestCampaigns test;

	@Test
	void openingACampaignActivatesItsDraftFramework() {
		long framework = test.draftFramework();
		catalog.create(campaign(framework, Set.of(test.unit("PROVINCE").id())), "thu-ky");
		assertThat(frameworks.get(framework).info().status()).isEqualTo(FrameworkStatus.ACTIVE);
	}

	@Test
	void anActiveFrameworkServesSeveralCampaigns() {
		long framework = test.draftFramework();
		long first = catalog.create(campaign(framework, Set.of(test.unit("PROVINCE").id())), "thu-ky");
		long second = catalog.create(campaign(framework, Set.of(test.unit("PROVINCE").id())), "thu-ky");
		assertThat(catalog.get(second).frameworkId()).isEqualTo(catalog.get(first).frameworkId());
	}

	@Test
	void aFrozenFrameworkIsRefused() {
		long framework = test.draftFramework();
		frameworks.freeze(framework, "test");
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> catalog.create(campaign(framework, Set.of(test.unit("PROVINCE").id())), "thu-ky"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.frameworkFrozen"));
	}

	@Test
	void participantsOfATypeAreEveryActiveUnitOfThatType() {
		UnitView inspectorate = test.unit("INSPECTORATE");
		UnitView ceased = test.ceasedUnit();
		Set<Long> chosen = participants.ofType("INSPECTORATE");
		assertThat(chosen).contains(inspectorate.id())
			.doesNotContain(ceased.id())
			.containsExactlyInAnyOrderElementsOf(units.all()
				.stream()
				.filter((u) -> u.active() && u.type().equals("INSPECTORATE"))
				.map(UnitView::id)
				.toList());
		assertThat(participants.ofType("PROVINCE")).doesNotContain(ceased.id());
	}

	@Test
	void participantsPickedOneByOneAreKeptAndReadBackPerUnit() {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("MINISTRY");
		long id = test.campaign(Set.of(a.id(), b.id()), test.selfAssessmentDueIn(10));
		assertThat(catalog.get(id).unitIds()).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(catalog.forUnit(a.id())).extracting(CampaignView::id).containsExactly(id);
	}

	@Test
	void aCeasedOrUnknownUnitIsRefused() {
		UnitView ceased = test.ceasedUnit();
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> test.campaign(Set.of(ceased.id()), List.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.inactiveUnit"));
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> participants.byCodes(List.of("KHONG-CO-DON-VI-NAY")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.unknownUnit"));
	}

	@Test
	void aPhaseEndingBeforeItStartsIsRefused() {
		LocalDate day = LocalDate.of(2026, 3, 10);
		List<PhaseDates> backwards = List.of(new PhaseDates(Phase.SELF_ASSESSMENT, day, day.minusDays(1)));
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> test.campaign(Set.of(test.unit("PROVINCE").id()), backwards))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.startsAfterDeadline"));
	}

	@Test
	void aPhaseStartingBeforeThePreviousOneIsRefused() {
		LocalDate day = LocalDate.of(2026, 3, 10);
		List<PhaseDates> overtaking = List.of(new PhaseDates(Phase.APPRAISAL, day.minusDays(5), day),
				new PhaseDates(Phase.SELF_ASSESSMENT, day, day.plusDays(10)));
		assertThatExceptionOfType(Refusal.class)
			.isThrownBy(() -> test.campaign(Set.of(test.unit("PROVINCE").id()), overtaking))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.startsBeforePrevious"));
	}

	@Test
	void changesToUnitsAndDatesAreRecordedWithWhoAndWhat() {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("PROVINCE");
		long id = test.campaign(Set.of(a.id()), test.selfAssessmentDueIn(10));
		catalog.changeUnits(id, Set.of(b.id()), "thu-ky-1");
		catalog.reschedule(id, test.selfAssessmentDueIn(12), "thu-ky-2");
		assertThat(catalog.get(id).unitIds()).containsExactly(b.id());
		assertThat(catalog.get(id).daysToDeadline(Phase.SELF_ASSESSMENT, test.today())).contains(12L);
		assertThat(catalog.history(id)).extracting(AuditRecord::actor, AuditRecord::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("thu-ky-2", "DATES_CHANGED"),
					org.assertj.core.groups.Tuple.tuple("thu-ky-1", "UNITS_CHANGED"),
					org.assertj.core.groups.Tuple.tuple("test", "CREATED"));
		assertThat(catalog.history(id).get(1).newValue()).contains("+ " + b.code()).contains("− " + a.code());
	}

	@Test
	void removingEveryParticipantIsRefused() {
		long id = test.campaign(Set.of(test.unit("PROVINCE").id()), List.of());
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> catalog.changeUnits(id, Set.of(), "x"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.noUnits"));
	}

	@Test
	void untilAssessmentSaysOtherwiseNoParticipantHasSubmitted(@Autowired SubmissionStatus submissions) {
		UnitView a = test.unit("PROVINCE");
		UnitView b = test.unit("PROVINCE");
		long id = test.campaign(Set.of(a.id(), b.id()), List.of());
		assertThat(submissions.unitsNotSubmitted(id)).containsExactlyInAnyOrder(a.id(), b.id());
	}

	private static NewCampaign campaign(long framework, Set<Long> units) {
		return new NewCampaign(TestCampaigns.unique("Kỳ đánh giá"), 2025, framework, units, List.of());
	}

}
