package vn.parindex.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parindex.problem.Refusal;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The unit types (loại đơn vị) an index knows. They are an open set: a type is a code
 * with a label in the units message bundle ({@code unit.type.<CODE>}), so adding one
 * means adding its two labels, not changing code. The bundle's order is the order people
 * see them in.
 */
@Component
class UnitTypes {

	static final String OTHER = "OTHER";

	private static final String BUNDLE = "i18n/units.properties";

	private static final Pattern TYPE_KEY = Pattern.compile("(?m)^unit\\.type\\.([A-Z0-9_]+)\\s*=");

	private final List<String> codes;

	UnitTypes() {
		this.codes = load();
	}

	List<String> codes() {
		return codes;
	}

	boolean isKnown(String code) {
		return codes.contains(code);
	}

	/** The code as stored: upper case, trimmed; {@code null} for an empty one. */
	static String normalize(String code) {
		return (code == null || code.isBlank()) ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * A known type's code, normalized; an unknown one is refused with the list of those
	 * known.
	 */
	String require(String code) {
		String normalized = normalize(code);
		if (normalized == null) {
			throw Refusal.badRequest("units.error.typeRequired").onField("type");
		}
		if (!isKnown(normalized)) {
			throw Refusal.badRequest("units.error.unknownType", code.strip(), String.join(", ", codes)).onField("type");
		}
		return normalized;
	}

	/** Position in the bundle, for sorting; unknown codes last. */
	int order(String code) {
		int index = codes.indexOf(code);
		return (index < 0) ? codes.size() : index;
	}

	private static List<String> load() {
		try (InputStream in = new ClassPathResource(BUNDLE).getInputStream()) {
			Matcher matcher = TYPE_KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return matcher.results().map((match) -> match.group(1)).distinct().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the unit types from " + BUNDLE, ex);
		}
	}

}
