package vn.parindex.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.problem.Refusal;
import vn.parindex.workbook.WorkbookError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The feeds of observations that are stored as they come: a JSON batch of a registered
 * system (channel API) and a workbook or CSV file sent to the API (channel FILE). Either
 * is checked whole, then stored whole, or refused with every error and nothing stored.
 * (The import page stages a file and shows what would change first: see
 * {@link ObservationImports}.)
 */
@Service
public class ObservationIntake {

	/** The source of a file's rows that name none, unless the upload names one. */
	public static final String FILE_SOURCE = "tep-so-lieu";

	private final ObservationFeed feed;

	private final FeedLimits limits;

	ObservationIntake(ObservationFeed feed, FeedLimits limits) {
		this.feed = feed;
		this.limits = limits;
	}

	/**
	 * Reads, checks and stores a JSON batch.
	 * @throws Refusal 400 with every error by index and field, 413 beyond the limits
	 */
	public ObservationFeed.Stored receive(InputStream body, long contentLength, String actor) throws IOException {
		ObservationBatchReader.Batch batch = ObservationBatchReader.read(body, contentLength, limits);
		ObservationFeed.Outcome outcome = feed.check(batch.items(), batch.source());
		List<FeedProblem> problems = new ArrayList<>(batch.problems());
		// a field already refused as read (a text where a number belongs) is not also
		// said to be missing
		java.util.Set<String> read = new java.util.HashSet<>();
		batch.problems().forEach((problem) -> read.add(problem.position() + "/" + problem.field()));
		outcome.problems()
			.stream()
			.filter((problem) -> !read.contains(problem.position() + "/" + problem.field()))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw batchRefusal(problems, limits.maxErrors());
		}
		return feed.store(outcome.items(), ObservationChannel.API, actor, null,
				StatisticEvent.of(StatisticTrail.OBSERVATIONS_RECEIVED, actor).subject(null, batch.source().strip()));
	}

	/**
	 * Reads, checks and stores a workbook or CSV file.
	 * @param source the source of rows naming none; {@code null} or blank for
	 * {@value #FILE_SOURCE}
	 * @throws Refusal 400 with every error by row and column, 413 beyond the limits
	 */
	public ObservationFeed.Stored importFile(String fileName, InputStream content, String source, String actor)
			throws IOException {
		ObservationFeed.Outcome outcome = checkFile(fileName, content, source);
		return feed.store(outcome.items(), ObservationChannel.FILE, actor, null,
				StatisticEvent.of(StatisticTrail.OBSERVATIONS_IMPORTED, actor).subject(null, fileName));
	}

	/**
	 * A file read and checked.
	 * @throws Refusal 400 with every error by row and column, 413 beyond the limits
	 */
	ObservationFeed.Outcome checkFile(String fileName, InputStream content, String source) throws IOException {
		ObservationFiles.Read read = ObservationFiles.read(fileName, content, limits);
		String defaultSource = (source == null || source.isBlank()) ? FILE_SOURCE : source;
		ObservationFeed.Outcome outcome = feed.check(read.items(), defaultSource);
		List<WorkbookError> errors = new ArrayList<>(read.errors());
		java.util.Set<String> refused = new java.util.HashSet<>();
		read.errors().forEach((error) -> refused.add(error.row() + "/" + error.column()));
		for (FeedProblem problem : outcome.problems()) {
			if (refused.contains(problem.position() + "/" + problem.field())) {
				continue;
			}
			if (errors.size() == limits.maxErrors()) {
				errors.add(WorkbookError.of(read.sheet(), null, null, "statistics.feeds.error.more",
						read.errors().size() + outcome.problems().size() - limits.maxErrors()));
				break;
			}
			errors.add(WorkbookError.of(read.sheet(), problem.position(), problem.field(), problem.messageKey(),
					problem.args()));
		}
		if (!errors.isEmpty()) {
			throw WorkbookError.refusal(errors);
		}
		return outcome;
	}

	/** A batch refused: every problem by index and field, at most {@code max}. */
	static Refusal batchRefusal(List<FeedProblem> problems, int max) {
		List<Refusal.FieldError> errors = new ArrayList<>();
		for (FeedProblem problem : problems) {
			if (errors.size() == max) {
				Map<String, Object> location = new LinkedHashMap<>();
				location.put("index", null);
				location.put("field", null);
				errors.add(new Refusal.FieldError(location, "statistics.feeds.error.more",
						List.of(problems.size() - max)));
				break;
			}
			Map<String, Object> location = new LinkedHashMap<>();
			location.put("index", problem.position());
			location.put("field", problem.field());
			errors.add(new Refusal.FieldError(location, problem.messageKey(), problem.arguments()));
		}
		return new Refusal(HttpStatus.BAD_REQUEST, errors, "statistics.feeds.batch.invalid", problems.size());
	}

}
