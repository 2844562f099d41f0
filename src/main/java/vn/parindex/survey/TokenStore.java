package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issues and finds single-use tokens: 128 random bits written as 26 lower-case base-32
 * characters (easy to type from a card, compact in a QR code); only their SHA-256 digest
 * is stored, so a token is shown once, when it is issued.
 */
@Repository
class TokenStore {

	/** The most tokens one request may issue. */
	static final int MAX_BATCH = 10_000;

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	TokenStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issues tokens for a unit's group and answers them, in the order of their ids.
	 * @param named whether they are named respondents' tokens
	 * @param batch the batch number they are printed with, or {@code null}
	 */
	List<IssuedToken> issue(long surveyId, long unitId, String group, int count, boolean named, Integer batch) {
		List<String> tokens = new ArrayList<>(count);
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String token = newToken();
			tokens.add(token);
			rows.add(new Object[] { surveyId, unitId, group, digest(token), named, batch });
		}
		List<IssuedToken> issued = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Object[] row = rows.get(i);
			Long id = jdbc.queryForObject("""
					insert into survey_token (survey_id, unit_id, group_code, digest, named, batch)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, row);
			issued.add(new IssuedToken(id, tokens.get(i)));
		}
		return issued;
	}

	/**
	 * Issues a token chosen by the caller (an anonymous one, without batch) unless it is
	 * issued already; answers whether it was new.
	 */
	boolean ensure(long surveyId, long unitId, String group, String token) {
		return jdbc.update("""
				insert into survey_token (survey_id, unit_id, group_code, digest) values (?, ?, ?, ?)
				on conflict (digest) do nothing""", surveyId, unitId, group, digest(token)) > 0;
	}

	/** The token's stored state, if it was ever issued; a malformed token is unknown. */
	Optional<Token> find(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc
			.query("select id, survey_id, unit_id, group_code, named, state from survey_token where digest = ?",
					(rs, n) -> new Token(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
							Token.State.valueOf(rs.getString(6))),
					digest(token))
			.stream()
			.findFirst();
	}

	static boolean wellFormed(String token) {
		if (token == null || token.length() != 26) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
				return false;
			}
		}
		return true;
	}

	static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		StringBuilder text = new StringBuilder(26);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
		}
		return text.toString();
	}

	/** A token just issued: its id and the token itself, shown once. */
	record IssuedToken(long id, String token) {
	}

}
