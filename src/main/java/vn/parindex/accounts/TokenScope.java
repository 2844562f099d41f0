package vn.parindex.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.http.HttpMethod;

/**
 * What an API token may do on top of its user's roles (phạm vi): {@code read} calls that
 * change nothing (GET, HEAD, OPTIONS), {@code write} calls that do (POST, PUT, PATCH,
 * DELETE). A statistics feed that only sends observations needs {@code write} alone.
 */
public enum TokenScope {

	READ, WRITE;

	@JsonValue
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	static TokenScope of(String key) {
		return Arrays.stream(values())
			.filter((scope) -> scope.name().equalsIgnoreCase(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown scope " + key));
	}

	static TokenScope needed(String method) {
		HttpMethod http = HttpMethod.valueOf(method);
		return (http == HttpMethod.GET || http == HttpMethod.HEAD || http == HttpMethod.OPTIONS) ? READ : WRITE;
	}

	/** As stored: the scopes' keys in a fixed order, comma-separated. */
	static String join(Set<TokenScope> scopes) {
		return Arrays.stream(values()).filter(scopes::contains).map(TokenScope::key).collect(Collectors.joining(","));
	}

	static Set<TokenScope> split(String stored) {
		return Arrays.stream(stored.split(",")).map(TokenScope::of).collect(Collectors.toUnmodifiableSet());
	}

}
