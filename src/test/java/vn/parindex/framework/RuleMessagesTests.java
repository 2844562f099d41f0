package vn.parindex.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule error reaches a person as a sentence in both languages: no key thrown
 * without a message, no message left without a thrower, no argument lost to a stray
 * apostrophe.
 */
class RuleMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/vn/parindex/framework");

	private static final Pattern KEY = Pattern.compile("\"(framework\\.rule\\.[A-Za-z.]+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "i18n/framework.properties", "i18n/framework_en.properties" })
	void everyRuleKeyThrownHasAMessageAndEveryMessageIsThrown(String bundle) throws IOException {
		Set<String> defined = new TreeSet<>(load(bundle).stringPropertyNames());
		defined.removeIf((key) -> !key.startsWith("framework.rule."));
		assertThat(defined).isEqualTo(thrownKeys());
	}

	@ParameterizedTest
	@CsvSource({ "i18n/framework.properties, vi", "i18n/framework_en.properties, en" })
	void everyArgumentAppearsInTheFormattedMessage(String bundle, String language) throws IOException {
		Properties messages = load(bundle);
		for (String key : thrownKeys()) {
			String pattern = messages.getProperty(key);
			Object[] arguments = { "«a»", "«b»", "«c»" };
			String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
			assertThat(text).as(key).doesNotContain("{").doesNotContain("}");
			int used = (int) Stream.of(arguments).filter((argument) -> text.contains(argument.toString())).count();
			assertThat(used).as("%s uses its arguments in order", key).isEqualTo(countArguments(pattern));
		}
	}

	private static int countArguments(String pattern) {
		return (int) Pattern.compile("\\{\\d").matcher(pattern).results().count();
	}

	private static Set<String> thrownKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RuleMessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
