package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may call each endpoint of the API ({@code access-matrix.txt}): one
 * line per endpoint, one column per caller, {@code Y} where the call passes the
 * authorisation, {@code .} where it is refused (401 without credentials, 403 otherwise).
 */
record AccessMatrix(Map<String, Set<Caller>> allowed) {

	static final String RESOURCE = "/access-matrix.txt";

	/**
	 * Who calls: nobody signed in, each role, and for the roles whose rights depend on
	 * the unit or the assignment, one of the unit in the path and one from elsewhere.
	 */
	enum Caller {

		ANONYMOUS("anon"), ADMIN("admin"), SECRETARIAT("secr"),
		/** An appraiser assigned the unit's sheet. */
		APPRAISER("appr"),
		/** An appraiser assigned nothing in the campaign. */
		APPRAISER_ELSEWHERE("appr-x"), COUNCIL_CHAIR("chair"),
		/** The leader of the unit in the path. */
		UNIT_LEADER("lead"),
		/** The leader of another unit of the campaign. */
		UNIT_LEADER_ELSEWHERE("lead-x"), UNIT_OFFICER("offi"), UNIT_OFFICER_ELSEWHERE("offi-x"), VIEWER("view");

		final String column;

		Caller(String column) {
			this.column = column;
		}

		static Set<Caller> signedIn() {
			return EnumSet.complementOf(EnumSet.of(ANONYMOUS));
		}

	}

	static AccessMatrix load() {
		try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AccessMatrix parse(String text) {
		Map<String, Set<Caller>> rows = new LinkedHashMap<>();
		List<String> header = null;
		int number = 0;
		for (String line : text.split("\n")) {
			number++;
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			List<String> cells = Arrays.asList(content.split("\\s+"));
			if (header == null) {
				header = cells;
				List<String> expected = new ArrayList<>(List.of("method", "path"));
				Arrays.stream(Caller.values()).forEach((caller) -> expected.add(caller.column));
				if (!header.equals(expected)) {
					throw new IllegalStateException(RESOURCE + ": the header must be " + String.join(" ", expected));
				}
				continue;
			}
			if (cells.size() != header.size()) {
				throw new IllegalStateException(
						RESOURCE + " line " + number + ": " + header.size() + " cells expected");
			}
			Set<Caller> allowed = EnumSet.noneOf(Caller.class);
			for (Caller caller : Caller.values()) {
				String cell = cells.get(2 + caller.ordinal());
				switch (cell) {
					case "Y" -> allowed.add(caller);
					case "." -> {
					}
					default -> throw new IllegalStateException(
							RESOURCE + " line " + number + ": '" + cell + "' is neither Y nor .");
				}
			}
			String endpoint = endpoint(cells.get(0), cells.get(1));
			if (rows.put(endpoint, allowed) != null) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": " + endpoint + " twice");
			}
		}
		return new AccessMatrix(rows);
	}

	static String endpoint(String method, String path) {
		return method + " " + path;
	}

	Set<String> endpoints() {
		return allowed.keySet();
	}

	Set<Caller> allowed(String endpoint) {
		return allowed.get(endpoint);
	}

}
