package vn.parindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import vn.parindex.AccessMatrix.Caller;
import vn.parindex.AccessScenes.Scene;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the API, called by every kind of caller, is allowed or refused as the
 * one access table says ({@code access-matrix.txt}); the README's API table says the
 * same; and no endpoint of the code is missing from either.
 */
@IntegrationTest
class AccessMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessScenes scenes;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	private final AccessMatrix matrix = AccessMatrix.load();

	@Test
	void everyEndpointOfTheCodeHasARowAndEveryRowAnEndpoint() {
		Set<String> inCode = endpointsInCode();
		Set<String> missing = new TreeSet<>(inCode);
		missing.removeAll(matrix.endpoints());
		Set<String> stale = new TreeSet<>(matrix.endpoints());
		stale.removeAll(inCode);
		assertThat(missing).as("endpoints without a row in " + AccessMatrix.RESOURCE).isEmpty();
		assertThat(stale).as("rows of " + AccessMatrix.RESOURCE + " for endpoints the code does not have").isEmpty();
	}

	/**
	 * Each cell's call runs in a transaction rolled back after it, so that every cell
	 * meets the same scene whatever the cells before it changed.
	 */
	@Test
	void everyCallerIsAllowedOrRefusedAsTheTableSays() throws Exception {
		Scene scene = scenes.create(mvc);
		List<String> mismatches = new ArrayList<>();
		for (String endpoint : matrix.endpoints()) {
			for (Caller caller : Caller.values()) {
				MockHttpServletResponse response = call(scene, endpoint, caller);
				String problem = mismatch(response.getStatus(), matrix.allowed(endpoint).contains(caller), caller);
				if (problem != null) {
					mismatches.add(endpoint + " as " + caller.column + ": " + problem + " — "
							+ abbreviate(response.getContentAsString()));
				}
			}
		}
		assertThat(mismatches).as("cells where the code does not do what " + AccessMatrix.RESOURCE + " says").isEmpty();
	}

	@Test
	void theReadmeGivesEveryEndpointToTheCallersTheTableDoes() {
		List<String> problems = new ArrayList<>();
		Map<String, Set<Caller>> readme = ReadmeAccessTable.read(Path.of("README.md"), matrix.endpoints(), problems);
		for (String endpoint : matrix.endpoints()) {
			Set<Caller> said = readme.get(endpoint);
			if (said == null) {
				problems.add(endpoint + " is not in the README's API table");
			}
			else if (!said.equals(matrix.allowed(endpoint))) {
				problems.add(endpoint + ": the README lets " + columns(said) + ", the table "
						+ columns(matrix.allowed(endpoint)));
			}
		}
		assertThat(problems).as("where the README's API table and " + AccessMatrix.RESOURCE + " differ").isEmpty();
	}

	private MockHttpServletResponse call(Scene scene, String endpoint, Caller caller) {
		return transactions.execute((status) -> {
			status.setRollbackOnly();
			try {
				return mvc.perform(scene.as(caller, AccessRequests.of(endpoint, scene))).andReturn().getResponse();
			}
			catch (Exception ex) {
				throw new IllegalStateException(endpoint + " as " + caller, ex);
			}
		});
	}

	/**
	 * Allowed: anything but 401 and 403 (a 400, 404 or 409 comes after the
	 * authorisation); refused: 401 without credentials, 403 with them; never a server
	 * error.
	 */
	static String mismatch(int status, boolean allowed, Caller caller) {
		int refusal = (caller == Caller.ANONYMOUS) ? 401 : 403;
		if (status >= 500) {
			return "answered " + status;
		}
		if (allowed && (status == 401 || status == 403)) {
			return "refused with " + status + ", the table allows it";
		}
		if (!allowed && status != refusal) {
			return "answered " + status + ", the table says " + refusal;
		}
		return null;
	}

	private Set<String> endpointsInCode() {
		Set<String> endpoints = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> {
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/api/") || pattern.equals("/actuator")
							|| pattern.startsWith("/actuator/")) {
						Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
						if (methods.isEmpty()) {
							endpoints.add("ANY " + pattern);
						}
						methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
					}
				}
			}));
		return endpoints;
	}

	private static String columns(Set<Caller> callers) {
		return callers.stream().map((caller) -> caller.column).toList().toString();
	}

	private static String abbreviate(String body) {
		return (body.length() > 160) ? body.substring(0, 160) + "…" : body;
	}

}
