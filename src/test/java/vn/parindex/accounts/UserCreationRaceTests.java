package vn.parindex.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11, point 8: two parallel creations of one login: one is created, the other is a
 * 409 problem, never a 500.
 */
@IntegrationTest
class UserCreationRaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void ofTwoParallelCreationsOfOneLoginOneSucceedsAndTheOtherIsAConflict() throws Exception {
		UserView admin = accounts.create(Role.ADMIN);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String username = "twin-" + round + "-" + System.nanoTime();
				List<Callable<MockHttpServletResponse>> creations = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					creations
						.add(() -> mvc
							.perform(post("/api/v1/users").with(httpBasic(admin.username(), TestAccounts.PASSWORD))
								.contentType(MediaType.APPLICATION_JSON)
								.content("""
										{"username": "%s", "displayName": "Song sinh", "password": "Hai-Ban-Cung-Lop-7",
										 "roles": ["VIEWER"]}
										""".formatted(username)))
							.andReturn()
							.getResponse());
				}
				List<Integer> statuses = new ArrayList<>();
				List<MockHttpServletResponse> responses = new ArrayList<>();
				for (Future<MockHttpServletResponse> response : pool.invokeAll(creations)) {
					responses.add(response.get());
					statuses.add(response.get().getStatus());
				}
				assertThat(statuses).containsExactlyInAnyOrder(201, 409);
				assertThat(responses).filteredOn((response) -> response.getStatus() == 409)
					.singleElement()
					.satisfies((response) -> {
						assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
						assertThat(response.getContentAsString()).contains(username);
					});
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
