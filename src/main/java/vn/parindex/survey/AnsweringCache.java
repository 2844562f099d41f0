package vn.parindex.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Surveys and instruments as the answering reads them on every submission: a survey read
 * again after two seconds (its dates may be edited; the intake's update checks them
 * anyway), an instrument after ten (it is frozen once its survey opens).
 */
@Component
class AnsweringCache {

	private static final long SURVEY_NANOS = 2_000_000_000L;

	private static final long INSTRUMENT_NANOS = 10_000_000_000L;

	private final SurveyStore surveys;

	private final InstrumentStore instruments;

	private final Map<Long, Cached<Survey>> surveyCache = new ConcurrentHashMap<>();

	private final Map<Long, Cached<Instrument>> instrumentCache = new ConcurrentHashMap<>();

	AnsweringCache(SurveyStore surveys, InstrumentStore instruments) {
		this.surveys = surveys;
		this.instruments = instruments;
	}

	Survey survey(long id) {
		long now = System.nanoTime();
		Cached<Survey> known = surveyCache.get(id);
		if (known != null && now - known.readAt() < SURVEY_NANOS) {
			return known.value();
		}
		Survey read = surveys.get(id);
		surveyCache.put(id, new Cached<>(read, now));
		return read;
	}

	void remember(Survey survey) {
		surveyCache.put(survey.id(), new Cached<>(survey, System.nanoTime()));
	}

	Instrument instrument(long id) {
		long now = System.nanoTime();
		Cached<Instrument> known = instrumentCache.get(id);
		if (known != null && now - known.readAt() < INSTRUMENT_NANOS) {
			return known.value();
		}
		Instrument read = instruments.get(id);
		instrumentCache.put(id, new Cached<>(read, now));
		return read;
	}

	private record Cached<T>(T value, long readAt) {
	}

}
