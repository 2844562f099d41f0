package vn.parindex.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.parindex.IntegrationTest;
import vn.parindex.ParIndexApplication;
import vn.parindex.SharedTestDatabase;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.assessment.SheetFixture;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.NewCampaign;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL, driven alternately over real HTTP as a reverse
 * proxy spreading a person's requests would: they behave as one application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private static final String DATABASE = "parindex_two_nodes";

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private SheetFixture fixture;

	@BeforeAll
	void startTwoNodes() {
		nodeA = node();
		nodeB = node();
		fixture = nodeA.getBean(SheetFixture.class);
	}

	@AfterAll
	void stopThem() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void aSessionOpenedOnOneNodeActsOnTheOther() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor officer = signIn(nodeA, scene.officer());
		HttpResponse<String> sheet = officer.get(nodeB, scene.sheet());
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.body()).contains(scene.unit().name());
		HttpResponse<String> saved = officer.send(nodeB, "PUT", scene.api() + "/leaves/1.1", "{\"value\": 2.5}");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(leafPoints(officer.json(nodeA, scene.api()).body(), "1.1")).isEqualByComparingTo("2.5");
	}

	@Test
	void aScoreSavedOnOneNodeIsRecomputedForTheOtherEvenWhenBothSaveAtOnce() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor officer = signIn(nodeA, scene.officer());
		Visitor otherOfficer = signIn(nodeB, scene.otherOfficer());
		String otherApi = "/api/v1/campaigns/" + scene.campaign() + "/sheets/" + scene.other().code();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 6; round++) {
				String mine = "{\"value\": " + new BigDecimal("0.25").multiply(BigDecimal.valueOf(round + 8)) + "}";
				String theirs = "{\"value\": " + new BigDecimal("0.25").multiply(BigDecimal.valueOf(round)) + "}";
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> a = pool.submit(
						at(together, () -> officer.send(nodeA, "PUT", scene.api() + "/leaves/1.1", mine).statusCode()));
				Future<Integer> b = pool.submit(at(together,
						() -> otherOfficer.send(nodeB, "PUT", otherApi + "/leaves/1.1", theirs).statusCode()));
				assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(200);
				assertThat(b.get(60, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// the last round: 3.5 for the unit, 1.5 for the other, each saved on its node
		Visitor secretariat = signIn(nodeA, scene.secretariat());
		JsonNode results = json
			.readTree(secretariat.json(nodeB, "/api/v1/campaigns/" + scene.campaign() + "/results").body())
			.get("results");
		Map<String, JsonNode> byUnit = new java.util.HashMap<>();
		results.forEach((line) -> byUnit.put(line.get("unit").asString(), line));
		assertThat(byUnit.get(scene.unit().code()).get("points").decimalValue()).isEqualByComparingTo("3.5");
		assertThat(byUnit.get(scene.other().code()).get("points").decimalValue()).isEqualByComparingTo("1.5");
		assertThat(byUnit.get(scene.unit().code()).get("rank").asInt()).isEqualTo(1);
		assertThat(byUnit.get(scene.other().code()).get("rank").asInt()).isEqualTo(2);
	}

	@Test
	void evidenceUploadedOnOneNodeDownloadsFromTheOther() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor officer = signIn(nodeA, scene.officer());
		byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> uploaded = officer.upload(nodeA, scene.sheet() + "/leaves/1.1/evidence",
				"Quyết định số 12.pdf", pdf);
		assertThat(uploaded.statusCode()).isEqualTo(200);
		Matcher link = Pattern.compile(Pattern.quote(scene.sheet()) + "/evidence/(\\d+)").matcher(uploaded.body());
		assertThat(link.find()).as("a link to the new evidence").isTrue();
		HttpResponse<byte[]> downloaded = http.send(
				officer.request(nodeB, scene.sheet() + "/evidence/" + link.group(1)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(pdf);
	}

	@Test
	void theReminderJobStartedOnBothNodesAtOnceSendsEachNoticeOnce() throws Exception {
		UnitView unit = nodeA.getBean(UnitCatalog.class)
			.ensure("NHACNHO" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Tỉnh nhắc nhở", "PROVINCE",
					null);
		TestAccounts accounts = nodeA.getBean(TestAccounts.class);
		UserView officer = accounts.create(Role.UNIT_OFFICER, unit.id());
		UserView leader = accounts.create(Role.UNIT_LEADER, unit.id());
		CampaignCatalog campaigns = nodeA.getBean(CampaignCatalog.class);
		long framework = campaigns.get(fixture.scene().campaign()).frameworkId();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long campaign = campaigns
			.create(new NewCampaign("Kỳ nhắc nhở " + UUID.randomUUID(), 2025, framework, Set.of(unit.id()),
					List.of(new PhaseDates(Phase.SELF_ASSESSMENT, today.minusDays(5), today.plusDays(3)))), "test");
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		try {
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				Object job = node.getBean("reminderJob");
				Method run = job.getClass().getMethod("run");
				run.setAccessible(true);
				runs.add(pool.submit(at(together, () -> (Integer) run.invoke(job))));
			}
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get(60, TimeUnit.SECONDS);
			}
			assertThat(sent).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
		JdbcClient jdbc = nodeB.getBean(JdbcClient.class);
		for (UserView person : List.of(officer, leader)) {
			assertThat(jdbc.sql("select count(*) from campaign_notice where user_id = ? and campaign_id = ?")
				.params(person.id(), campaign)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor officer = signIn(nodeB, scene.officer());
		assertThat(officer.get(nodeA, scene.sheet()).statusCode()).isEqualTo(200);
		HttpResponse<String> logout = officer.send(nodeA, "POST", "/logout", null);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying((to) -> to.endsWith("/login?logout"));
		assertThat(officer.get(nodeB, scene.sheet()).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	/**
	 * What ending a person's sessions does (her rights changed, her account disabled):
	 * her rows go from the session table, and every node sees it at her next request.
	 */
	@Test
	void sessionsEndedInTheSessionTableOnOneNodeAreEndedOnTheOther() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor onA = signIn(nodeA, scene.officer());
		Visitor onB = signIn(nodeB, scene.officer());
		assertThat(onA.get(nodeB, scene.sheet()).statusCode()).isEqualTo(200);
		FindByIndexNameSessionRepository<?> sessions = nodeA.getBean(FindByIndexNameSessionRepository.class);
		Set<String> ids = sessions.findByPrincipalName(scene.officer().username()).keySet();
		assertThat(ids).hasSize(2);
		ids.forEach(sessions::deleteById);
		for (Visitor visitor : List.of(onA, onB)) {
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				assertThat(visitor.get(node, scene.sheet()).headers().firstValue("Location"))
					.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			}
		}
	}

	/**
	 * An administrator on one node takes a role from a user signed in on both: her
	 * sessions end on both nodes at once, and no node acts with her old rights.
	 */
	@Test
	void aRightsChangeOnOneNodeEndsHerSessionsOnBoth() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		Visitor onA = signIn(nodeA, scene.officer());
		Visitor onB = signIn(nodeB, scene.officer());
		assertThat(onB.get(nodeA, scene.sheet()).statusCode()).isEqualTo(200);
		UserView admin = nodeA.getBean(TestAccounts.class).create(Role.ADMIN);
		Visitor administrator = signIn(nodeB, admin);
		HttpResponse<String> changed = administrator.send(nodeA, "PUT", "/api/v1/users/" + scene.officer().id(),
				"{\"displayName\": \"" + scene.officer().displayName()
						+ "\", \"roles\": [\"VIEWER\"], \"enabled\": true}");
		assertThat(changed.statusCode()).isEqualTo(200);
		// each session's first request after the change, each on the node it did not sign
		// in on
		assertThat(onA.get(nodeB, scene.sheet()).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(onB.send(nodeA, "PUT", scene.api() + "/leaves/1.1", "{\"value\": 1}").statusCode()).isIn(401, 403);
	}

	private static <T> Callable<T> at(CyclicBarrier barrier, Callable<T> work) {
		return () -> {
			barrier.await(30, TimeUnit.SECONDS);
			return work.call();
		};
	}

	private BigDecimal leafPoints(String sheetJson, String leaf) throws IOException {
		for (JsonNode node : json.readTree(sheetJson).get("leaves")) {
			if (leaf.equals(node.get("code").asString())) {
				return node.get("points").decimalValue();
			}
		}
		throw new AssertionError("no leaf " + leaf + " in " + sheetJson);
	}

	/** Signs in through the login form of one node, as a browser does. */
	private Visitor signIn(ConfigurableApplicationContext node, UserView user) throws Exception {
		Visitor visitor = new Visitor();
		String page = visitor.get(node, "/login").body();
		String form = "username=" + encode(user.username()) + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf="
				+ encode(csrf(page));
		HttpResponse<String> login = http.send(visitor.request(node, "/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		visitor.keep(login);
		assertThat(login.headers().firstValue("Location")).hasValue("/");
		return visitor;
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ParIndexApplication.class)
			.properties("server.port=0", "parindex.test.database=" + DATABASE,
					"parindex.admin-password=" + IntegrationTest.ADMIN_PASSWORD, "spring.main.banner-mode=off",
					// the tests start the reminder job themselves
					"parindex.campaign.reminder-cron=-")
			.initializers(new SharedTestDatabase(),
					(context) -> context.getBeanFactory()
						.registerSingleton(TestOnlyConfigurations.class.getName(), new TestOnlyConfigurations()))
			.run();
	}

	/**
	 * Leaves out the tests' own configurations (a stand-in mail sender, submissions), as
	 * the test framework does for its contexts: the nodes are the application as
	 * deployed, with the tests' fixtures beside it.
	 */
	static final class TestOnlyConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestOnlyConfigurations;
		}

		@Override
		public int hashCode() {
			return TestOnlyConfigurations.class.hashCode();
		}

	}

	/**
	 * A browser's session cookie, sent to whichever node the request goes to, and its
	 * CSRF token, read from the last page.
	 */
	private final class Visitor {

		private String cookie;

		private String token;

		HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path));
			if (cookie != null) {
				request.header("Cookie", cookie);
			}
			return request;
		}

		HttpResponse<String> json(ConfigurableApplicationContext node, String path) throws Exception {
			HttpResponse<String> response = http.send(request(node, path).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
			keep(response);
			return response;
		}

		HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
			HttpResponse<String> response = http.send(request(node, path).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			keep(response);
			if (response.statusCode() == 200 && response.body().contains("name=\"_csrf\"")) {
				token = csrf(response.body());
			}
			return response;
		}

		HttpResponse<String> send(ConfigurableApplicationContext node, String method, String path, String body)
				throws Exception {
			ensureToken(node);
			HttpRequest.Builder request = request(node, path).header("X-CSRF-TOKEN", token);
			if (body != null) {
				request.header("Content-Type", "application/json").header("Accept", "application/json");
			}
			HttpResponse<String> response = http
				.send(request
					.method(method,
							body == null ? HttpRequest.BodyPublishers.noBody()
									: HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			keep(response);
			return response;
		}

		HttpResponse<String> upload(ConfigurableApplicationContext node, String path, String fileName, byte[] content)
				throws Exception {
			ensureToken(node);
			String boundary = "parindex-" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = http.send(request(node, path).header("X-CSRF-TOKEN", token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
			keep(response);
			return response;
		}

		private void ensureToken(ConfigurableApplicationContext node) throws Exception {
			if (token == null) {
				get(node, "/");
			}
		}

		void keep(HttpResponse<?> response) {
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((value) -> value.startsWith("SESSION="))
				.findFirst()
				.ifPresent((value) -> {
					cookie = value.substring(0, value.indexOf(';'));
					token = null;
				});
		}

	}

}
