package vn.parindex.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserChanges;
import vn.parindex.accounts.UserView;
import vn.parindex.units.UnitView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class CampaignReminderTests {

	@Autowired
	ReminderJob job;

	@Autowired
	Notices notices;

	@Autowired
	TestCampaigns test;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Submissions submissions;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService userAccounts;

	@Autowired
	RecordingMailSender mail;

	@Test
	void leadersAndOfficersOfAUnitStillToSubmitAreRemindedThreeDaysBefore() {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		UserView leader = accounts.create(Role.UNIT_LEADER, unit.id());
		UserView viewer = accounts.create(Role.VIEWER);
		long id = test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(3));
		job.run();
		assertThat(notices.of(officer.id())).singleElement().satisfies((notice) -> {
			assertThat(notice.messageKey()).isEqualTo(Reminder.MESSAGE);
			assertThat(notice.arguments()).element(1).isEqualTo("3");
			assertThat(notice.link()).isEqualTo("/campaigns/" + id);
		});
		assertThat(notices.of(leader.id())).hasSize(1);
		assertThat(notices.of(viewer.id())).isEmpty();
	}

	@Test
	void anOfficerWithAnAddressGetsTheReminderByMailToo() {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		String address = officer.username() + "@donvi.gov.vn";
		userAccounts.update(officer.id(),
				new UserChanges(officer.displayName(), address, officer.roles(), unit.id(), true), "test");
		test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(1));
		job.run();
		job.run();
		assertThat(mail.sent).filteredOn((message) -> List.of(message.getTo()).contains(address))
			.singleElement()
			.satisfies((message) -> assertThat(message.getText()).contains("còn 1 ngày"));
	}

	@Test
	void aReminderIsNotSentTwice() {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(7));
		job.run();
		job.run();
		assertThat(notices.of(officer.id())).hasSize(1);
	}

	@Test
	void noReminderOnOtherDays() {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(4));
		job.run();
		assertThat(notices.of(officer.id())).isEmpty();
	}

	@Test
	void aUnitThatHasSubmittedIsNotReminded() {
		UnitView done = test.unit("PROVINCE");
		UnitView late = test.unit("PROVINCE");
		UserView doneOfficer = accounts.create(Role.UNIT_OFFICER, done.id());
		UserView lateOfficer = accounts.create(Role.UNIT_OFFICER, late.id());
		long id = test.campaign(Set.of(done.id(), late.id()), test.selfAssessmentDueIn(1));
		submissions.submit(id, done.id());
		job.run();
		assertThat(notices.of(doneOfficer.id())).isEmpty();
		assertThat(notices.of(lateOfficer.id())).hasSize(1);
	}

	@Test
	void whileAnotherNodeHoldsTheLockNothingIsSent() throws Exception {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(3));
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, ReminderJob.LOCK);
				lock.execute();
			}
			assertThat(job.run()).isZero();
			assertThat(notices.of(officer.id())).isEmpty();
			other.rollback();
		}
		job.run();
		assertThat(notices.of(officer.id())).hasSize(1);
	}

	@Test
	void theBellCountsUnreadNoticesAndOpeningOneMarksItRead() throws Exception {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		long id = test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(3));
		job.run();
		var principal = user(accounts.principal(officer));
		mvc.perform(get("/notices").with(principal))
			.andExpect(content().string(containsString("còn 3 ngày đến hạn nộp tự đánh giá")))
			.andExpect(content().string(containsString("Thông báo: 1 chưa đọc")));
		long notice = notices.of(officer.id()).get(0).id();
		mvc.perform(post("/notices/{id}/read", notice).with(principal).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + id));
		assertThat(notices.unread(officer.id())).isZero();
		mvc.perform(get("/campaigns").with(principal))
			.andExpect(content().string(containsString("Thông báo: 0 chưa đọc")));
	}

	@Test
	void aNoticeOfSomebodyElseIsNotOpened() throws Exception {
		UnitView unit = test.unit("PROVINCE");
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		test.campaign(Set.of(unit.id()), test.selfAssessmentDueIn(3));
		job.run();
		long notice = notices.of(officer.id()).get(0).id();
		UserView stranger = accounts.create(Role.UNIT_OFFICER, test.unit("PROVINCE").id());
		mvc.perform(post("/notices/{id}/read", notice).with(user(accounts.principal(stranger))).with(csrf()))
			.andExpect(redirectedUrl("/notices"));
		assertThat(notices.unread(officer.id())).isEqualTo(1);
	}

	/** Stands in for the assessment module: units submit when a test says so. */
	static class Submissions implements SubmissionStatus {

		private final CampaignCatalog catalog;

		private final Set<List<Long>> submitted = ConcurrentHashMap.newKeySet();

		Submissions(CampaignCatalog catalog) {
			this.catalog = catalog;
		}

		void submit(long campaignId, long unitId) {
			submitted.add(List.of(campaignId, unitId));
		}

		@Override
		public Set<Long> unitsNotSubmitted(long campaignId) {
			Set<Long> units = new java.util.HashSet<>(catalog.get(campaignId).unitIds());
			units.removeIf((unit) -> submitted.contains(List.of(campaignId, unit)));
			return units;
		}

	}

	/** Keeps what would have been mailed, as if {@code spring.mail.host} were set. */
	static class RecordingMailSender extends JavaMailSenderImpl {

		final List<SimpleMailMessage> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void send(SimpleMailMessage... messages) {
			sent.addAll(List.of(messages));
		}

	}

	@TestConfiguration
	static class SubmissionsConfiguration {

		@Bean
		RecordingMailSender recordingMailSender() {
			return new RecordingMailSender();
		}

		@Bean
		@Primary
		Submissions testSubmissions(CampaignCatalog catalog) {
			return new Submissions(catalog);
		}

	}

}
