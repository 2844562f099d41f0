package vn.parindex.survey;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores submitted responses under a random id, in the caller's transaction. It writes
 * nothing that could link a response to its token, its respondent, its time of day or its
 * network address — and logs nothing.
 */
@Repository
class ResponseStore {

	private final JdbcTemplate jdbc;

	ResponseStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredResponse response) {
		jdbc.update("""
				insert into survey_response (id, survey_id, unit_id, group_code, channel, serial, submitted_on,
				    duration_seconds, flags, answers)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""", UUID.randomUUID(), response.surveyId(),
				response.unitId(), response.group(), response.channel().name(), response.serial(),
				response.submittedOn(), response.durationSeconds(), flags(response.flags()), response.answers());
	}

	/**
	 * Stores several responses in one round trip (the web intake's group commit), each
	 * under its own random id, in the caller's transaction.
	 */
	void insertAll(List<StoredResponse> responses) {
		jdbc.batchUpdate("""
				insert into survey_response (id, survey_id, unit_id, group_code, channel, serial, submitted_on,
				    duration_seconds, flags, answers)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""",
				responses.stream()
					.map((response) -> new Object[] { UUID.randomUUID(), response.surveyId(), response.unitId(),
							response.group(), response.channel().name(), response.serial(), response.submittedOn(),
							response.durationSeconds(), flags(response.flags()), response.answers() })
					.toList());
	}

	static String flags(Set<StoredResponse.Flag> flags) {
		return flags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<StoredResponse.Flag> flags(String text) {
		Set<StoredResponse.Flag> flags = EnumSet.noneOf(StoredResponse.Flag.class);
		if (text != null && !text.isBlank()) {
			for (String flag : text.split(",")) {
				flags.add(StoredResponse.Flag.valueOf(flag.strip()));
			}
		}
		return flags;
	}

}
