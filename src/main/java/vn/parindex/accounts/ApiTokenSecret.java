package vn.parindex.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A token as a program sends it: {@code pi_<prefix>_<secret>}, the prefix 12 random hex
 * digits that find the token, the secret 32 random bytes in base64url. Only the SHA-256
 * of the whole token is kept: a fast hash is enough for 256 random bits, so a call costs
 * no BCrypt.
 */
record ApiTokenSecret(String prefix, String token) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("pi_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

	static ApiTokenSecret generate() {
		byte[] id = new byte[6];
		byte[] secret = new byte[32];
		RANDOM.nextBytes(id);
		RANDOM.nextBytes(secret);
		String prefix = "pi_" + HexFormat.of().formatHex(id);
		return new ApiTokenSecret(prefix,
				prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** The token a request presented, if it has the shape of one. */
	static Optional<ApiTokenSecret> parse(String presented) {
		if (presented == null || !FORMAT.matcher(presented).matches()) {
			return Optional.empty();
		}
		return Optional.of(new ApiTokenSecret(presented.substring(0, 15), presented));
	}

	byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** Compares in constant time, whatever the stored hash. */
	boolean matches(byte[] storedHash) {
		return MessageDigest.isEqual(hash(), storedHash);
	}

	@Override
	public String toString() {
		return prefix + "_…";
	}

}
