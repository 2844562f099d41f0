package vn.parindex.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the message bundles, in both languages.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// #{key} and #{key(args)} and #{|prefix.${…}|}; the literal part is what must exist
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern DYNAMIC_KEY_PREFIX = Pattern.compile("#\\{\\|([A-Za-z0-9_.]+)\\.\\$\\{");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(?:title|placeholder|alt|aria-label)=\"([^\"]*)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> vietnamese = load(bundle + ".properties").stringPropertyNames();
			Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
			assertThat(difference(vietnamese, english)).as("keys of %s missing in English", bundle).isEmpty();
			assertThat(difference(english, vietnamese)).as("keys of %s missing in Vietnamese", bundle).isEmpty();
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					duplicates.add(bundle + ": " + key);
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		List<String> deadPrefixes = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher matcher = MESSAGE_KEY.matcher(html);
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
			Matcher dynamic = DYNAMIC_KEY_PREFIX.matcher(html);
			while (dynamic.find()) {
				String prefix = dynamic.group(1) + ".";
				if (keys.stream().noneMatch((key) -> key.startsWith(prefix))) {
					deadPrefixes.add(template.getFileName() + ": " + prefix);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
		assertThat(deadPrefixes).as("computed keys whose prefix matches no message").isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "")
				.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
			textNodes(html).forEach((text) -> check(template, text, offences));
			collect(template, TEXT_ATTRIBUTE.matcher(html), offences);
		}
		assertThat(offences).as("text in templates that does not come from the message bundles").isEmpty();
	}

	@Test
	void theCheckCatchesHardCodedText() {
		List<String> offences = new ArrayList<>();
		textNodes("<p th:if=\"${a > b}\" th:text=\"#{a}\"></p><p>Xin chào</p>")
			.forEach((text) -> check(Path.of("sample.html"), text, offences));
		collect(Path.of("sample.html"), TEXT_ATTRIBUTE.matcher("<input placeholder=\"Tìm kiếm\">"), offences);
		assertThat(offences).hasSize(2);
	}

	private static void collect(Path template, Matcher matcher, List<String> offences) {
		while (matcher.find()) {
			check(template, matcher.group(1), offences);
		}
	}

	private static void check(Path template, String text, List<String> offences) {
		if (text.codePoints().anyMatch(Character::isLetter)) {
			offences.add(template.getFileName() + ": \"" + text.strip() + "\"");
		}
	}

	/**
	 * The text between tags; a {@code >} inside a quoted attribute (an expression) does
	 * not end a tag.
	 */
	static List<String> textNodes(String html) {
		List<String> texts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean inTag = false;
		char quote = 0;
		for (char c : html.toCharArray()) {
			if (inTag) {
				if (quote != 0) {
					quote = (c == quote) ? 0 : quote;
				}
				else if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '>') {
					inTag = false;
				}
			}
			else if (c == '<') {
				inTag = true;
				texts.add(text.toString());
				text.setLength(0);
			}
			else {
				text.append(c);
			}
		}
		texts.add(text.toString());
		return texts;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	/**
	 * The bundles Spring reads ({@code spring.messages.basename}), Vietnamese being the
	 * default.
	 */
	private static List<String> bundles() throws IOException {
		Properties application = load("application.properties");
		return List.of(application.getProperty("spring.messages.basename").split(","));
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

}
