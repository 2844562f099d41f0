package vn.parindex.survey;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.parindex.IntegrationTest;
import vn.parindex.audit.AuditRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DeviceKeyJobTests {

	@Autowired
	DeviceKeyJob job;

	@Autowired
	SurveyFixture fixture;

	@Autowired
	SurveyTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aClosedSurveysKeyIsErasedOnceAndAnOpenSurveysKeptUntilItCloses() {
		SurveyFixture.Scene closed = fixture.scene(fixture.today().minusDays(20), fixture.today().minusDays(1));
		SurveyFixture.Scene closingToday = fixture.scene(fixture.today().minusDays(5), fixture.today());
		giveKey(closed.survey());
		giveKey(closingToday.survey());
		assertThat(job.run()).isGreaterThanOrEqualTo(1);
		assertThat(key(closed.survey())).isNull();
		assertThat(key(closingToday.survey())).isNotNull();
		job.run();
		assertThat(erasures(closed.survey())).singleElement().satisfies((line) -> {
			assertThat(line.actor()).isEqualTo(DeviceKeyJob.ACTOR);
			assertThat(line.scopeId()).isEqualTo(closed.campaign());
		});
		assertThat(erasures(closingToday.survey())).isEmpty();
	}

	@Test
	void twoNodesRunningAtOnceEraseAndRecordEachKeyOnce() throws Exception {
		List<SurveyFixture.Scene> scenes = List.of(
				fixture.scene(fixture.today().minusDays(9), fixture.today().minusDays(2)),
				fixture.scene(fixture.today().minusDays(9), fixture.today().minusDays(1)));
		scenes.forEach((scene) -> giveKey(scene.survey()));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = List.of(pool.submit(() -> {
			start.await();
			return job.run();
		}), pool.submit(() -> {
			start.await();
			return job.run();
		}));
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		for (SurveyFixture.Scene scene : scenes) {
			assertThat(key(scene.survey())).isNull();
			assertThat(erasures(scene.survey())).hasSize(1);
		}
	}

	private void giveKey(long survey) {
		jdbc.update("update survey_survey set device_key = ? where id = ?", new byte[] { 1, 2, 3, 4 }, survey);
	}

	private byte[] key(long survey) {
		return jdbc.queryForObject("select device_key from survey_survey where id = ?", byte[].class, survey);
	}

	private List<AuditRecord> erasures(long survey) {
		return trail.latest(survey, 20)
			.stream()
			.filter((line) -> line.action().equals(SurveyTrail.DEVICE_KEY_ERASED))
			.toList();
	}

}
