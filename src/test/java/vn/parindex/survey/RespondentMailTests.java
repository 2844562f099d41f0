package vn.parindex.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.accounts.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Named respondents with a mail server: invitations and reminders by e-mail. */
@IntegrationTest
class RespondentMailTests {

	private static final Pattern LINK = Pattern.compile("/s/([a-z2-7]{26})");

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RespondentStore respondents;

	@Autowired
	TokenStore tokens;

	@Autowired
	RespondentReminderJob job;

	@Autowired
	RecordingMailSender mail;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void eachRespondentWithAnAddressIsMailedHerOwnNamedLink() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		String an = "an" + s.survey() + "@tinh.gov.vn";
		String binh = "binh" + s.survey() + "@tinh.gov.vn";
		importRows(s,
				List.of(row("Nguyễn An", "Giám đốc", an, "", "LD", unit), row("Trần Bình", "", binh, "", "DN", unit),
						row("Lê Chi", "", "", "0987654321", "LD", unit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.invited").value(2))
			.andExpect(jsonPath("$.mailConfigured").value(true));
		SimpleMailMessage message = mailTo(an).get(0);
		assertThat(message.getSubject()).contains("Thư mời tham gia khảo sát");
		assertThat(message.getText()).contains("Kính gửi Nguyễn An", "tự mình trả lời");
		Token token = tokens.find(link(message)).orElseThrow();
		assertThat(token.named()).isTrue();
		assertThat(token.state()).isEqualTo(Token.State.NEW);
		assertThat(respondent(s, "Nguyễn An").tokenId()).isEqualTo(token.id());
		assertThat(tokens.find(link(mailTo(binh).get(0)))).get().extracting(Token::group).isEqualTo("DN");
	}

	@Test
	void daysBeforeTheCloseTheJobRemindsOnlyThoseWhoHaveNotAnsweredOnce() throws Exception {
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(5), fixture.today().plusDays(3));
		String unit = s.unit().code();
		String fresh = "moi" + s.survey() + "@tinh.gov.vn";
		String started = "dang" + s.survey() + "@tinh.gov.vn";
		String done = "xong" + s.survey() + "@tinh.gov.vn";
		importRows(s, List.of(row("Chưa mở", "", fresh, "", "LD", unit),
				row("Đang trả lời", "", started, "", "LD", unit), row("Đã trả lời", "", done, "", "LD", unit)))
			.andExpect(status().isOk());
		NamedRespondent freshBefore = respondent(s, "Chưa mở");
		NamedRespondent startedBefore = respondent(s, "Đang trả lời");
		jdbc.update("update survey_token set state = 'STARTED' where id = ?", startedBefore.tokenId());
		jdbc.update("update survey_token set state = 'SUBMITTED' where id = ?", respondent(s, "Đã trả lời").tokenId());
		job.run();
		job.run();
		assertThat(mailTo(fresh)).hasSize(2);
		SimpleMailMessage reminder = mailTo(fresh).get(1);
		assertThat(reminder.getSubject()).contains("Nhắc trả lời khảo sát");
		Token renewed = tokens.find(link(reminder)).orElseThrow();
		assertThat(renewed.id()).isNotEqualTo(freshBefore.tokenId()).isEqualTo(respondent(s, "Chưa mở").tokenId());
		assertThat(renewed.named()).isTrue();
		assertThat(state(freshBefore.tokenId())).isEqualTo("REVOKED");
		assertThat(mailTo(started)).hasSize(2);
		assertThat(mailTo(started).get(1).getText()).contains("đã bắt đầu trả lời").doesNotContain("/s/");
		assertThat(respondent(s, "Đang trả lời").tokenId()).isEqualTo(startedBefore.tokenId());
		assertThat(state(startedBefore.tokenId())).isEqualTo("STARTED");
		assertThat(mailTo(done)).hasSize(1);
		assertThat(respondent(s, "Chưa mở").remindedAt()).isNotNull();
		assertThat(respondent(s, "Đã trả lời").remindedAt()).isNull();
		assertThat(jdbc.queryForList("select new_value from survey_event where subject_id = ? and action = ?",
				String.class, s.survey(), SurveyTrail.REMINDERS_SENT))
			.containsExactly("2");
	}

	@Test
	void noReminderOnOtherDays() throws Exception {
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(5), fixture.today().plusDays(5));
		String address = "som" + s.survey() + "@tinh.gov.vn";
		importRows(s, List.of(row("Còn sớm", "", address, "", "LD", s.unit().code()))).andExpect(status().isOk());
		job.run();
		assertThat(mailTo(address)).hasSize(1);
	}

	@Test
	void aReminderWhoseMailFailsKeepsHerLinkAndIsTriedAgain() throws Exception {
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(5), fixture.today().plusDays(1));
		String address = "hong" + s.survey() + "@tinh.gov.vn";
		importRows(s, List.of(row("Hộp thư hỏng", "", address, "", "LD", s.unit().code()))).andExpect(status().isOk());
		NamedRespondent before = respondent(s, "Hộp thư hỏng");
		mail.refused.add(address);
		job.run();
		NamedRespondent after = respondent(s, "Hộp thư hỏng");
		assertThat(after.tokenId()).isEqualTo(before.tokenId());
		assertThat(after.tokenState()).isEqualTo(Token.State.NEW);
		assertThat(after.remindedAt()).isNull();
		mail.refused.remove(address);
		job.run();
		assertThat(mailTo(address)).hasSize(2);
		assertThat(respondent(s, "Hộp thư hỏng").remindedAt()).isNotNull();
	}

	@Test
	void twoNodesRunningTheJobAtOnceRemindEachRespondentOnce() throws Exception {
		SurveyFixture.Scene s = fixture.scene(fixture.today().minusDays(5), fixture.today().plusDays(1));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			rows.add(row("Người " + i, "", "n" + i + "-" + s.survey() + "@tinh.gov.vn", "", "LD", s.unit().code()));
		}
		importRows(s, rows).andExpect(status().isOk());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			runs.add(pool.submit(() -> {
				start.await();
				return job.run();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		for (int i = 0; i < 6; i++) {
			assertThat(mailTo("n" + i + "-" + s.survey() + "@tinh.gov.vn")).as("person %d", i).hasSize(2);
		}
		assertThat(respondents.list(s.survey())).allMatch((r) -> r.tokenState() == Token.State.NEW);
	}

	@Test
	void remindNowOnTheBoardRemindsOneUnitsGroupOnceADay() throws Exception {
		SurveyFixture.Scene s = fixture.scene();
		String unit = s.unit().code();
		String first = "mot" + s.survey() + "@tinh.gov.vn";
		String second = "hai" + s.survey() + "@tinh.gov.vn";
		String business = "dn" + s.survey() + "@congty.vn";
		importRows(s, List.of(row("Một", "", first, "", "LD", unit), row("Hai", "", second, "", "LD", unit),
				row("Doanh nghiệp", "", business, "", "DN", unit)))
			.andExpect(status().isOk());
		mvc.perform(post("/surveys/{sid}/board/remind", s.survey()).param("unit", String.valueOf(s.unit().id()))
			.param("group", "LD")
			.with(as(s))
			.with(csrf())).andExpect(flash().attribute("flashArgs", new Object[] { 2 }));
		mvc.perform(post("/surveys/{sid}/board/remind", s.survey()).param("unit", String.valueOf(s.unit().id()))
			.param("group", "LD")
			.with(as(s))
			.with(csrf())).andExpect(flash().attribute("flashArgs", new Object[] { 0 }));
		assertThat(mailTo(first)).hasSize(2);
		assertThat(mailTo(second)).hasSize(2);
		assertThat(mailTo(business)).hasSize(1);
		mvc.perform(post("/surveys/{sid}/board/remind", s.survey()).param("unit", String.valueOf(s.unit().id()))
			.with(user(accounts.principal(s.appraiser())))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions importRows(SurveyFixture.Scene s,
			List<List<String>> rows) throws Exception {
		return mvc
			.perform(multipart("/api/v1/surveys/{sid}/respondents", s.survey()).file(RespondentWorkbooks.file(rows))
				.with(as(s))
				.with(csrf()));
	}

	private NamedRespondent respondent(SurveyFixture.Scene s, String name) {
		return respondents.list(s.survey()).stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private List<SimpleMailMessage> mailTo(String address) {
		return mail.sent.stream().filter((message) -> List.of(message.getTo()).contains(address)).toList();
	}

	private static String link(SimpleMailMessage message) {
		Matcher matcher = LINK.matcher(message.getText());
		assertThat(matcher.find()).as("a link in %s", message.getText()).isTrue();
		return matcher.group(1);
	}

	private String state(long tokenId) {
		return jdbc.queryForObject("select state from survey_token where id = ?", String.class, tokenId);
	}

	private RequestPostProcessor as(SurveyFixture.Scene s) {
		return user(accounts.principal(s.secretariat()));
	}

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	/** Keeps what would have been mailed, as if {@code spring.mail.host} were set. */
	static class RecordingMailSender extends JavaMailSenderImpl {

		final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

		/** Addresses whose mail server refuses them. */
		final List<String> refused = new CopyOnWriteArrayList<>();

		@Override
		public void send(SimpleMailMessage... messages) {
			for (SimpleMailMessage message : messages) {
				if (refused.containsAll(List.of(message.getTo()))) {
					throw new MailSendException("refused");
				}
			}
			sent.addAll(List.of(messages));
		}

	}

	@TestConfiguration
	static class MailConfiguration {

		@Bean
		RecordingMailSender respondentsMailSender() {
			return new RecordingMailSender();
		}

	}

}
