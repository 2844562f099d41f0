package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The keyed trace of the device a response comes from, for the "one device, many
 * responses" flag: HMAC-SHA256 of the network address and the browser (User-Agent) under
 * the survey's own device key. The key is made when the survey first needs it, kept in
 * the survey's row and erased when the survey closes, after which no trace can be
 * recomputed or reversed. Nothing here is logged.
 */
@Component
class DeviceTraces {

	private static final long REFRESH_NANOS = 5_000_000_000L;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Map<Long, Key> keys = new ConcurrentHashMap<>();

	DeviceTraces(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	byte[] trace(long surveyId, String address, String userAgent) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(surveyId), "HmacSHA256"));
			mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '\n');
			return mac.doFinal(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key(long surveyId) {
		long now = System.nanoTime();
		Key known = keys.get(surveyId);
		if (known != null && now - known.readAt() < REFRESH_NANOS) {
			return known.key();
		}
		byte[] key = read(surveyId);
		if (key == null) {
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			jdbc.update("update survey_survey set device_key = ? where id = ? and device_key is null", fresh, surveyId);
			key = read(surveyId);
		}
		keys.put(surveyId, new Key(key, now));
		return key;
	}

	private byte[] read(long surveyId) {
		java.util.List<byte[]> keys = jdbc.query("select device_key from survey_survey where id = ?",
				(rs, n) -> rs.getBytes(1), surveyId);
		return keys.isEmpty() ? null : keys.get(0);
	}

	private record Key(byte[] key, long readAt) {
	}

}
