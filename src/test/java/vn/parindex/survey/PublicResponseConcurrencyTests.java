package vn.parindex.survey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One token submitted 100 times at the same instant over real HTTP: exactly one is stored
 * and answered 201, the 99 others 409 — every round.
 */
@ServerTest
class PublicResponseConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenSubmittedAHundredTimesAtOnceIsStoredOnce() throws Exception {
		SurveyFixture.Scene scene = fixture.scene();
		List<String> issued = fixture.tokens(scene, scene.unit().id(), "LD", 3);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		ExecutorService threads = Executors.newFixedThreadPool(100);
		try {
			int expected = 0;
			for (String token : issued) {
				String body = PublicResponseTests.body(token, PublicResponseTests.LD_ANSWERS, 120);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					answers.add(threads.submit(() -> {
						start.await();
						return client
							.send(HttpRequest
								.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/responses"))
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(body))
								.build(), HttpResponse.BodyHandlers.discarding())
							.statusCode();
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				expected++;
				assertThat(statuses).filteredOn((code) -> code == 201).hasSize(1);
				assertThat(statuses).filteredOn((code) -> code == 409).hasSize(99);
				assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?",
						Integer.class, scene.survey()))
					.isEqualTo(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
