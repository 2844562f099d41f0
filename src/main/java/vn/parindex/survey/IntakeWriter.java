package vn.parindex.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;
import org.slf4j.LoggerFactory;

import vn.parindex.problem.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores web submissions by group commit: one writer thread takes every submission
 * waiting and stores them in one transaction — the tokens marked submitted (only those
 * still new or started, of a survey open today: the one check that counts, whatever the
 * request saw before), the responses inserted, the drafts deleted, the device traces
 * kept, one {@link SurveyResponsesChanged} per survey — and only then answers each
 * request, stored or refused. A token submitted several times at once is stored once.
 * Responses committed together are indistinguishable by time. Nothing is logged about a
 * submission.
 */
@Component
class IntakeWriter {

	private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

	/** The most submissions one transaction stores. */
	static final int BATCH = 500;

	private static final int QUEUE = 20_000;

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final long PRUNE_NANOS = 60_000_000_000L;

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ResponseStore responses;

	private final SpeedingMedians medians;

	private final AnsweringCache cache;

	private final DeviceTraces devices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Thread thread;

	private volatile boolean running = true;

	private long prunedAt = System.nanoTime();

	IntakeWriter(JdbcTemplate jdbc, TransactionTemplate transactions, ResponseStore responses, SpeedingMedians medians,
			AnsweringCache cache, DeviceTraces devices, ApplicationEventPublisher events, Clock clock) {
		this.cache = cache;
		this.devices = devices;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.responses = responses;
		this.medians = medians;
		this.events = events;
		this.clock = clock;
		this.thread = new Thread(this::run, "survey-intake");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Stores the submission with the next group and answers how it went.
	 * @throws Refusal 503 when the intake is saturated or stopping
	 */
	Result submit(Submission submission) {
		Pending pending = new Pending(submission);
		try {
			if (!running || !queue.offer(pending, 5, TimeUnit.SECONDS)) {
				throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "survey.answering.busy");
			}
			return pending.outcome().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "survey.answering.busy");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The survey intake failed to store a batch", ex.getCause());
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		running = false;
		thread.join(10_000);
	}

	private void run() {
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
				if (first == null) {
					prune();
					continue;
				}
				List<Pending> batch = new ArrayList<>(Math.min(BATCH, queue.size() + 1));
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				store(batch);
				prune();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("The survey intake writer failed", ex);
			}
		}
	}

	private void store(List<Pending> batch) {
		Map<Pending, Result> outcomes;
		try {
			outcomes = transactions.execute((status) -> write(batch));
		}
		catch (RuntimeException ex) {
			// the batch is rolled back: every request of it fails, none is stored
			for (Pending pending : batch) {
				pending.outcome().completeExceptionally(ex);
			}
			return;
		}
		for (Pending pending : batch) {
			pending.outcome().complete(outcomes.get(pending));
		}
	}

	private Map<Pending, Result> write(List<Pending> batch) {
		Map<Pending, Result> outcomes = new IdentityHashMap<>();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Survey.ZONE);
		check(batch, today, outcomes);
		Map<Long, Pending> byToken = new LinkedHashMap<>();
		for (Pending pending : batch) {
			if (pending.checked == null) {
				continue;
			}
			if (byToken.putIfAbsent(pending.checked.token().id(), pending) != null) {
				outcomes.put(pending, new Result(Outcome.USED, pending.survey, null, List.of()));
			}
		}
		if (byToken.isEmpty()) {
			return outcomes;
		}
		Long[] ids = byToken.keySet().toArray(Long[]::new);
		Set<Long> accepted = new HashSet<>(jdbc.queryForList("""
				update survey_token t set state = 'SUBMITTED' from survey_survey s
				where t.id = any(?) and t.state in ('NEW', 'STARTED') and s.id = t.survey_id
				  and s.opens_on <= ? and s.closes_on >= ?
				returning t.id""", Long.class, ids, today, today));
		if (accepted.size() < ids.length) {
			refusals(byToken, accepted, today, outcomes);
		}
		List<Pending> stored = byToken.values()
			.stream()
			.filter((pending) -> accepted.contains(pending.checked.token().id()))
			.toList();
		if (stored.isEmpty()) {
			return outcomes;
		}
		Set<Pending> sameDevice = sameDevice(stored, now);
		List<StoredResponse> rows = new ArrayList<>(stored.size());
		Map<Long, Set<Long>> unitsBySurvey = new LinkedHashMap<>();
		for (Pending pending : stored) {
			Checked submission = pending.checked;
			Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
			flags.addAll(submission.flags());
			if (medians.speeding(submission.survey(), submission.durationSeconds())) {
				flags.add(StoredResponse.Flag.SPEEDING);
			}
			if (sameDevice.contains(pending)) {
				flags.add(StoredResponse.Flag.DEVICE);
			}
			Token token = submission.token();
			rows.add(new StoredResponse(token.surveyId(), token.unitId(), token.group(), StoredResponse.Channel.WEB,
					null, today, submission.durationSeconds(), flags, submission.answers()));
			unitsBySurvey.computeIfAbsent(token.surveyId(), (survey) -> new TreeSet<>()).add(token.unitId());
			outcomes.put(pending, new Result(Outcome.STORED, pending.survey, today, List.of()));
		}
		responses.insertAll(rows);
		jdbc.update("delete from survey_draft where token_id = any(?)",
				(Object) stored.stream().map((pending) -> pending.checked.token().id()).toArray(Long[]::new));
		unitsBySurvey.forEach((survey, units) -> events.publishEvent(new SurveyResponsesChanged(survey, units)));
		return outcomes;
	}

	/**
	 * Looks the batch's tokens up (one query) and checks each submission: its token's
	 * state, its survey's day, its answers (every error), its flags so far and its device
	 * trace. Those that pass are left {@code checked}; the others get their outcome.
	 */
	private void check(List<Pending> batch, LocalDate today, Map<Pending, Result> outcomes) {
		Map<String, Token> found = new java.util.HashMap<>();
		byte[][] digests = batch.stream()
			.map((pending) -> TokenStore.digest(pending.submission().token()))
			.toArray(byte[][]::new);
		jdbc.query("""
				select id, survey_id, unit_id, group_code, named, state, digest from survey_token
				where digest = any(?)""", (rs) -> {
			found.put(java.util.HexFormat.of().formatHex(rs.getBytes(7)), new Token(rs.getLong(1), rs.getLong(2),
					rs.getLong(3), rs.getString(4), rs.getBoolean(5), Token.State.valueOf(rs.getString(6))));
		}, (Object) digests);
		for (int i = 0; i < batch.size(); i++) {
			Pending pending = batch.get(i);
			Submission submission = pending.submission();
			Token token = found.get(java.util.HexFormat.of().formatHex(digests[i]));
			if (token == null) {
				outcomes.put(pending, new Result(Outcome.UNKNOWN, null, null, List.of()));
				continue;
			}
			Survey survey = cache.survey(token.surveyId());
			pending.survey = survey;
			Outcome refused = switch (token.state()) {
				case SUBMITTED -> Outcome.USED;
				case REVOKED -> Outcome.REVOKED;
				default -> switch (survey.phase(today)) {
					case NOT_OPEN -> Outcome.NOT_OPEN;
					case CLOSED -> Outcome.CLOSED;
					case OPEN -> null;
				};
			};
			if (refused != null) {
				outcomes.put(pending, new Result(refused, survey, null, List.of()));
				continue;
			}
			List<Question> asked = cache.instrument(survey.instrumentId()).questionsFor(token.group());
			List<Refusal.FieldError> errors = Answering.problems(asked, submission.answers(), true);
			Integer seconds = submission.durationSeconds();
			if (seconds != null && (seconds < 0 || seconds > Answering.MAX_DURATION)) {
				errors.add(Refusal.FieldError.at(java.util.Map.of("field", "durationSeconds"),
						"survey.answering.duration", Answering.MAX_DURATION));
			}
			if (!errors.isEmpty()) {
				outcomes.put(pending, new Result(Outcome.INVALID, survey, null, errors));
				continue;
			}
			Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
			if (StraightLining.in(asked, submission.answers())) {
				flags.add(StoredResponse.Flag.STRAIGHT_LINING);
			}
			if (token.named() && !Boolean.TRUE.equals(submission.personal())) {
				flags.add(StoredResponse.Flag.NOT_PERSONAL);
			}
			byte[] device = (submission.address() != null || submission.userAgent() != null)
					? devices.trace(survey.id(), submission.address(), submission.userAgent()) : null;
			pending.checked = new Checked(token, survey, Answering.ordered(asked, submission.answers()).toString(),
					submission.durationSeconds(), flags, device);
		}
	}

	/** Why the tokens the update left alone were not stored. */
	private void refusals(Map<Long, Pending> byToken, Set<Long> accepted, LocalDate today,
			Map<Pending, Result> outcomes) {
		Long[] refused = byToken.keySet().stream().filter((id) -> !accepted.contains(id)).toArray(Long[]::new);
		Map<Long, Outcome> why = new LinkedHashMap<>();
		jdbc.query("""
				select t.id, t.state, s.opens_on, s.closes_on from survey_token t
				join survey_survey s on s.id = t.survey_id where t.id = any(?)""", (rs) -> {
			String state = rs.getString(2);
			Outcome outcome;
			if ("SUBMITTED".equals(state)) {
				outcome = Outcome.USED;
			}
			else if ("REVOKED".equals(state)) {
				outcome = Outcome.REVOKED;
			}
			else if (today.isBefore(rs.getObject(3, LocalDate.class))) {
				outcome = Outcome.NOT_OPEN;
			}
			else {
				outcome = Outcome.CLOSED;
			}
			why.put(rs.getLong(1), outcome);
		}, (Object) refused);
		for (Long id : refused) {
			Pending pending = byToken.get(id);
			outcomes.put(pending, new Result(why.getOrDefault(id, Outcome.UNKNOWN), pending.survey, null, List.of()));
		}
	}

	/**
	 * The submissions that come from a device already seen answering for the same unit
	 * within the survey's window (earlier, or earlier in this batch); every trace is kept
	 * for the next ones.
	 */
	private Set<Pending> sameDevice(List<Pending> stored, Instant now) {
		Set<Pending> flagged = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Long, List<Pending>> bySurvey = new LinkedHashMap<>();
		for (Pending pending : stored) {
			if (pending.checked.device() != null) {
				bySurvey.computeIfAbsent(pending.checked.token().surveyId(), (id) -> new ArrayList<>()).add(pending);
			}
		}
		Map<String, Object[]> seen = new LinkedHashMap<>();
		Timestamp at = Timestamp.from(now);
		bySurvey.forEach((surveyId, pendings) -> {
			Survey survey = pendings.get(0).survey;
			Timestamp since = Timestamp.from(now.minus(Duration.ofMinutes(survey.deviceWindowMinutes())));
			Set<String> known = new HashSet<>(jdbc.query("""
					select unit_id, device from survey_device_seen
					where survey_id = ? and device = any(?) and seen_at > ?""",
					(rs, n) -> rs.getLong(1) + "/" + java.util.HexFormat.of().formatHex(rs.getBytes(2)), surveyId,
					pendings.stream().map((pending) -> pending.checked.device()).toArray(byte[][]::new), since));
			for (Pending pending : pendings) {
				String key = pending.checked.token().unitId() + "/"
						+ java.util.HexFormat.of().formatHex(pending.checked.device());
				if (!known.add(key)) {
					flagged.add(pending);
				}
				seen.put(surveyId + "/" + key,
						new Object[] { surveyId, pending.checked.token().unitId(), pending.checked.device(), at });
			}
		});
		if (!seen.isEmpty()) {
			jdbc.batchUpdate("""
					insert into survey_device_seen (survey_id, unit_id, device, seen_at) values (?, ?, ?, ?)
					on conflict (survey_id, device, unit_id) do update set seen_at = excluded.seen_at""",
					new ArrayList<>(seen.values()));
		}
		return flagged;
	}

	/** Forgets devices seen longer ago than their survey's window, once a minute. */
	private void prune() {
		long now = System.nanoTime();
		if (now - prunedAt < PRUNE_NANOS) {
			return;
		}
		prunedAt = now;
		pruneNow();
	}

	/** Forgets devices seen longer ago than their survey's window. */
	int pruneNow() {
		return jdbc.update("""
				delete from survey_device_seen d using survey_survey s
				where s.id = d.survey_id
				  and d.seen_at < cast(? as timestamptz) - make_interval(mins => s.device_window_minutes)""",
				Timestamp.from(clock.instant()));
	}

	/**
	 * A checked submission: its token as read, its survey, the answers as the JSON text
	 * to store, the seconds it took, the flags found so far and its device trace (or
	 * {@code null}).
	 */
	record Submission(String token, JsonNode answers, Integer durationSeconds, Boolean personal, String address,
			String userAgent) {
	}

	/** A submission looked up and checked: what is stored if its token takes it. */
	private record Checked(Token token, Survey survey, String answers, Integer durationSeconds,
			Set<StoredResponse.Flag> flags, byte[] device) {
	}

	enum Outcome {

		STORED, INVALID, USED, REVOKED, NOT_OPEN, CLOSED, UNKNOWN

	}

	/**
	 * How a submission went: its survey (when its token is known), the day it was stored,
	 * the errors of its answers.
	 */
	record Result(Outcome outcome, Survey survey, LocalDate day, List<Refusal.FieldError> errors) {
	}

	private static final class Pending {

		private final Submission submission;

		private final CompletableFuture<Result> outcome = new CompletableFuture<>();

		private Checked checked;

		private Survey survey;

		Pending(Submission submission) {
			this.submission = submission;
		}

		Submission submission() {
			return submission;
		}

		CompletableFuture<Result> outcome() {
			return outcome;
		}

	}

}
