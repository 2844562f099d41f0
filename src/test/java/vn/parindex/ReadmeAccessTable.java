package vn.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parindex.AccessMatrix.Caller;

/**
 * The README's API table read as the access matrix: which endpoints each row names and
 * whom its "who" cell lets call them.
 *
 * <p>
 * An endpoint is a code span {@code `METHOD /path`}; a span with only a method gives it
 * to the next path ({@code `GET`, `PUT /api/v1/users/{id}`}); a path without a method
 * takes the previous one's; {@code [/…]} is an optional part; {@code …/rest} is the
 * endpoint ending so, the one nearest the path before it in the row when several do. The
 * names of path variables and query strings do not matter. The "who" cell lists, with
 * commas or semicolons, terms of {@link #TERMS}.
 */
final class ReadmeAccessTable {

	static final Map<String, Set<Caller>> TERMS = terms();

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern METHOD = Pattern.compile("GET|POST|PUT|DELETE|PATCH");

	private static final Pattern PATH = Pattern.compile("(?:(GET|POST|PUT|DELETE|PATCH) )?((?:/|…)\\S*)");

	private ReadmeAccessTable() {
	}

	private static Map<String, Set<Caller>> terms() {
		Map<String, Set<Caller>> terms = new LinkedHashMap<>();
		terms.put("everyone", EnumSet.allOf(Caller.class));
		terms.put("signed in", Caller.signedIn());
		terms.put("ADMIN", EnumSet.of(Caller.ADMIN));
		terms.put("SECRETARIAT", EnumSet.of(Caller.SECRETARIAT));
		terms.put("APPRAISER", EnumSet.of(Caller.APPRAISER, Caller.APPRAISER_ELSEWHERE));
		terms.put("assigned appraisers", EnumSet.of(Caller.APPRAISER));
		terms.put("COUNCIL_CHAIR", EnumSet.of(Caller.COUNCIL_CHAIR));
		terms.put("UNIT_LEADER", EnumSet.of(Caller.UNIT_LEADER, Caller.UNIT_LEADER_ELSEWHERE));
		terms.put("UNIT_OFFICER", EnumSet.of(Caller.UNIT_OFFICER, Caller.UNIT_OFFICER_ELSEWHERE));
		terms.put("the unit's people", EnumSet.of(Caller.UNIT_LEADER, Caller.UNIT_OFFICER));
		terms.put("the unit's leader", EnumSet.of(Caller.UNIT_LEADER));
		terms.put("VIEWER", EnumSet.of(Caller.VIEWER));
		return Map.copyOf(terms);
	}

	/**
	 * Reads the table under the README's {@code ## API} heading, resolving its endpoints
	 * among {@code known} ({@code METHOD /path} as the code maps them).
	 * @param problems where what cannot be read is told
	 * @return whom the README lets call each endpoint it names
	 */
	static Map<String, Set<Caller>> read(Path readme, Collection<String> known, List<String> problems) {
		Map<String, Set<Caller>> who = new LinkedHashMap<>();
		List<String> lines = lines(readme);
		int start = lines.indexOf("## API");
		if (start < 0) {
			problems.add("README.md has no '## API' section");
			return who;
		}
		for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
			String line = lines.get(i);
			if (!line.startsWith("| `")) {
				continue;
			}
			List<String> cells = cells(line);
			String where = "README.md line " + (i + 1) + ": ";
			Set<Caller> callers = callers(cells.get(1), where, problems);
			for (String endpoint : endpoints(cells.get(0), known, where, problems)) {
				if (who.put(endpoint, callers) != null) {
					problems.add(where + endpoint + " is in two rows");
				}
			}
		}
		return who;
	}

	private static List<String> lines(Path readme) {
		try {
			return Files.readAllLines(readme, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cells of a table row, split at the pipes that are not escaped. */
	static List<String> cells(String row) {
		List<String> cells = new ArrayList<>();
		for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}

	static Set<Caller> callers(String cell, String where, List<String> problems) {
		Set<Caller> callers = EnumSet.noneOf(Caller.class);
		for (String term : cell.split("[,;]")) {
			Set<Caller> these = TERMS.get(term.strip());
			if (these == null) {
				problems.add(where + "'" + term.strip() + "' is not a term of the who column " + TERMS.keySet());
			}
			else {
				callers.addAll(these);
			}
		}
		return callers;
	}

	static List<String> endpoints(String cell, Collection<String> known, String where, List<String> problems) {
		List<String> endpoints = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		List<String> methods = List.of();
		String previous = null;
		Matcher code = CODE.matcher(cell);
		while (code.find()) {
			String span = code.group(1).strip();
			if (METHOD.matcher(span).matches()) {
				pending.add(span);
				continue;
			}
			Matcher path = PATH.matcher(span);
			if (!path.matches()) {
				continue;
			}
			if (path.group(1) != null) {
				pending.add(path.group(1));
			}
			if (!pending.isEmpty()) {
				methods = List.copyOf(pending);
				pending.clear();
			}
			int before = endpoints.size();
			for (String variant : variants(normalise(path.group(2)))) {
				for (String method : methods) {
					String found = resolve(method, variant, previous, known);
					if (found != null) {
						endpoints.add(found);
					}
				}
			}
			if (endpoints.size() == before) {
				problems.add(where + "`" + span + "` names no endpoint of the code");
			}
			else {
				previous = endpoints.get(endpoints.size() - 1).split(" ", 2)[1];
			}
		}
		return endpoints;
	}

	/** Path variables and {@code **} as {@code {}}, without the query string. */
	static String normalise(String path) {
		return path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}").replace("**", "{}");
	}

	private static List<String> variants(String path) {
		Matcher optional = Pattern.compile("\\[([^\\]]*)]").matcher(path);
		if (!optional.find()) {
			return List.of(path);
		}
		List<String> variants = new ArrayList<>();
		variants.addAll(variants(path.substring(0, optional.start()) + path.substring(optional.end())));
		variants
			.addAll(variants(path.substring(0, optional.start()) + optional.group(1) + path.substring(optional.end())));
		return variants;
	}

	private static String resolve(String method, String path, String previous, Collection<String> known) {
		List<String> candidates = new ArrayList<>();
		for (String endpoint : known) {
			String[] parts = endpoint.split(" ", 2);
			String candidate = normalise(parts[1]);
			boolean matches = path.startsWith("…") ? candidate.endsWith(path.substring(1)) : candidate.equals(path);
			if (parts[0].equals(method) && matches) {
				candidates.add(endpoint);
			}
		}
		if (candidates.size() <= 1 || previous == null) {
			return (candidates.size() == 1) ? candidates.get(0) : null;
		}
		candidates.sort((a, b) -> commonPrefix(b, previous) - commonPrefix(a, previous));
		boolean nearest = commonPrefix(candidates.get(0), previous) > commonPrefix(candidates.get(1), previous);
		return nearest ? candidates.get(0) : null;
	}

	private static int commonPrefix(String endpoint, String path) {
		String other = endpoint.split(" ", 2)[1];
		int n = 0;
		while (n < other.length() && n < path.length() && other.charAt(n) == path.charAt(n)) {
			n++;
		}
		return n;
	}

}
