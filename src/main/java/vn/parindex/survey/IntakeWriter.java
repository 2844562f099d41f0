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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Thread thread;

	private volatile boolean running = true;

	private long prunedAt = System.nanoTime();

	IntakeWriter(JdbcTemplate jdbc, TransactionTemplate transactions, ResponseStore responses, SpeedingMedians medians,
			ApplicationEventPublisher events, Clock clock) {
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
	Outcome submit(Submission submission) {
		Pending pending = new Pending(submission, new CompletableFuture<>());
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
		Map<Pending, Outcome> outcomes;
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

	private Map<Pending, Outcome> write(List<Pending> batch) {
		Map<Pending, Outcome> outcomes = new IdentityHashMap<>();
		Map<Long, Pending> byToken = new LinkedHashMap<>();
		for (Pending pending : batch) {
			if (byToken.putIfAbsent(pending.submission().token().id(), pending) != null) {
				outcomes.put(pending, Outcome.USED);
			}
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Survey.ZONE);
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
			.filter((pending) -> accepted.contains(pending.submission().token().id()))
			.toList();
		if (stored.isEmpty()) {
			return outcomes;
		}
		Set<Pending> sameDevice = sameDevice(stored, now);
		List<StoredResponse> rows = new ArrayList<>(stored.size());
		Map<Long, Set<Long>> unitsBySurvey = new LinkedHashMap<>();
		for (Pending pending : stored) {
			Submission submission = pending.submission();
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
			outcomes.put(pending, Outcome.STORED);
		}
		responses.insertAll(rows);
		jdbc.update("delete from survey_draft where token_id = any(?)",
				(Object) stored.stream().map((pending) -> pending.submission().token().id()).toArray(Long[]::new));
		unitsBySurvey.forEach((survey, units) -> events.publishEvent(new SurveyResponsesChanged(survey, units)));
		return outcomes;
	}

	/** Why the tokens the update left alone were not stored. */
	private void refusals(Map<Long, Pending> byToken, Set<Long> accepted, LocalDate today,
			Map<Pending, Outcome> outcomes) {
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
			outcomes.put(byToken.get(id), why.getOrDefault(id, Outcome.UNKNOWN));
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
			if (pending.submission().device() != null) {
				bySurvey.computeIfAbsent(pending.submission().token().surveyId(), (id) -> new ArrayList<>())
					.add(pending);
			}
		}
		List<Object[]> seen = new ArrayList<>();
		Timestamp at = Timestamp.from(now);
		bySurvey.forEach((surveyId, pendings) -> {
			Survey survey = pendings.get(0).submission().survey();
			Timestamp since = Timestamp.from(now.minus(Duration.ofMinutes(survey.deviceWindowMinutes())));
			Set<String> known = new HashSet<>(jdbc.query("""
					select unit_id, device from survey_device_seen
					where survey_id = ? and device = any(?) and seen_at > ?""",
					(rs, n) -> rs.getLong(1) + "/" + java.util.HexFormat.of().formatHex(rs.getBytes(2)), surveyId,
					pendings.stream().map((pending) -> pending.submission().device()).toArray(byte[][]::new), since));
			for (Pending pending : pendings) {
				String key = pending.submission().token().unitId() + "/"
						+ java.util.HexFormat.of().formatHex(pending.submission().device());
				if (!known.add(key)) {
					flagged.add(pending);
				}
				seen.add(new Object[] { surveyId, pending.submission().token().unitId(), pending.submission().device(),
						at });
			}
		});
		if (!seen.isEmpty()) {
			jdbc.batchUpdate("insert into survey_device_seen (survey_id, unit_id, device, seen_at) values (?, ?, ?, ?)",
					seen);
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
		jdbc.update("""
				delete from survey_device_seen d using survey_survey s
				where s.id = d.survey_id and d.seen_at < ? - make_interval(mins => s.device_window_minutes)""",
				Timestamp.from(clock.instant()));
	}

	/**
	 * A checked submission: its token as read, its survey, the answers as the JSON text
	 * to store, the seconds it took, the flags found so far and its device trace (or
	 * {@code null}).
	 */
	record Submission(Token token, Survey survey, String answers, Integer durationSeconds,
			Set<StoredResponse.Flag> flags, byte[] device) {
	}

	enum Outcome {

		STORED, USED, REVOKED, NOT_OPEN, CLOSED, UNKNOWN

	}

	private record Pending(Submission submission, CompletableFuture<Outcome> outcome) {
	}

}
