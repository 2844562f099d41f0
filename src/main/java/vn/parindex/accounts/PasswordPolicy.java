package vn.parindex.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough, not common or easy to guess (ParIndex's own list
 * of weak passwords, sequences and keyboard walks, and optionally an operator's list of
 * breached passwords), and not made of its owner's login, name or e-mail address. Also
 * how generated passwords are made.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	// No 0/O, 1/l/I: generated passwords are read from a log or a screen and typed by
	// hand.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	/**
	 * Runs of neighbours: a character next to the one before it in one of these (either
	 * way), or equal to it, adds nothing to guess.
	 */
	private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890", "`1234567890-=",
			"~!@#$%^&*()_+", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "qazwsxedcrfvtgbyhnujmik,ol.p;/",
			"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "!qaz@wsx#edc$rfv%tgb", "zaq12wsxcde34rfvbgt56yhn");

	/** Fewer unguessable characters than this and a password is a walk or a sequence. */
	private static final int MIN_STEPS = 5;

	private static final Pattern SHA1_LINE = Pattern.compile("[0-9A-Fa-f]{40}(:\\d+)?");

	private static final SecureRandom random = new SecureRandom();

	private final Set<String> weak;

	private final Path denylist;

	PasswordPolicy(@Value("${parindex.password.denylist-file:}") String denylistFile) {
		this.weak = builtIn();
		this.denylist = denylistFile.isBlank() ? null : Path.of(denylistFile);
		if (this.denylist != null && !Files.isReadable(this.denylist)) {
			throw new IllegalStateException("parindex.password.denylist-file " + this.denylist + " cannot be read");
		}
	}

	/**
	 * Refuses a password that is too short or long, common, a sequence or keyboard walk,
	 * on the operator's denylist, or made of the user's login, name or e-mail address.
	 */
	void check(String password, String username, String displayName, String email) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw Refusal.badRequest("accounts.error.passwordLength", MIN_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw Refusal.badRequest("accounts.error.passwordContainsUsername");
		}
		if (containsPersonal(lower, displayName, email)) {
			throw Refusal.badRequest("accounts.error.passwordContainsName");
		}
		if (isWeak(password)) {
			throw Refusal.badRequest("accounts.error.passwordCommon");
		}
		if (onDenylist(password)) {
			throw Refusal.badRequest("accounts.error.passwordBreached");
		}
	}

	boolean isWeak(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.weak.contains(lower) || steps(lower) < MIN_STEPS) {
			return true;
		}
		String core = core(lower);
		return this.weak.contains(core) || this.weak.contains(period(core));
	}

	private static boolean containsPersonal(String lower, String displayName, String email) {
		String plain = plain(lower);
		if (displayName != null) {
			String name = plain(displayName.toLowerCase(Locale.ROOT));
			for (String word : name.split("[^a-z0-9]+")) {
				if (word.length() >= 6 && plain.contains(word)) {
					return true;
				}
			}
			String whole = name.replaceAll("[^a-z0-9]", "");
			if (whole.length() >= 4 && plain.replaceAll("[^a-z0-9]", "").contains(whole)) {
				return true;
			}
		}
		if (email != null && email.indexOf('@') >= 4) {
			return lower.contains(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT));
		}
		return false;
	}

	/**
	 * The letters of a password, as a person would read it: diacritics and the digits and
	 * symbols around them removed, look-alikes read as letters.
	 */
	static String core(String lower) {
		String text = plain(lower).replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
		StringBuilder letters = new StringBuilder();
		for (char c : text.toCharArray()) {
			char letter = switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '5', '$' -> 's';
				case '7', '+' -> 't';
				case '8' -> 'b';
				case '9' -> 'g';
				default -> c;
			};
			if (letter >= 'a' && letter <= 'z') {
				letters.append(letter);
			}
		}
		return letters.toString();
	}

	/** The shortest word the text repeats ({@code adminadmin} → {@code admin}). */
	private static String period(String text) {
		for (int length = 1; length < text.length(); length++) {
			if (text.length() % length == 0 && text.substring(0, length).repeat(text.length() / length).equals(text)) {
				return text.substring(0, length);
			}
		}
		return text;
	}

	/** How many characters do not merely continue a run, a sequence or a walk. */
	private static int steps(String lower) {
		int steps = 0;
		for (int i = 0; i < lower.length(); i++) {
			if (i == 0 || !continues(lower.charAt(i - 1), lower.charAt(i))) {
				steps++;
			}
		}
		return steps;
	}

	private static boolean continues(char before, char c) {
		if (before == c) {
			return true;
		}
		for (String sequence : SEQUENCES) {
			for (int i = 0; i + 1 < sequence.length(); i++) {
				char a = sequence.charAt(i);
				char b = sequence.charAt(i + 1);
				if ((a == before && b == c) || (b == before && a == c)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd');
	}

	/**
	 * The operator's list, read line by line on every check (passwords change rarely, and
	 * a breached-password list is too big to keep in memory): a password per line, or the
	 * SHA-1 of one in hexadecimal, optionally followed by {@code :count}.
	 */
	private boolean onDenylist(String password) {
		if (this.denylist == null) {
			return false;
		}
		String sha1 = sha1(password);
		try (BufferedReader lines = Files.newBufferedReader(this.denylist, StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String entry = line.strip();
				if (entry.equalsIgnoreCase(password)) {
					return true;
				}
				if (SHA1_LINE.matcher(entry).matches() && entry.regionMatches(true, 0, sha1, 0, 40)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the password denylist " + this.denylist, ex);
		}
	}

	private static String sha1(String password) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> builtIn() {
		Set<String> words = new HashSet<>();
		try (InputStream in = new ClassPathResource("accounts/weak-passwords.txt").getInputStream();
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String entry = line.strip().toLowerCase(Locale.ROOT);
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					words.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
