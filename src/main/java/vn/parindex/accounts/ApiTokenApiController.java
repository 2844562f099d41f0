package vn.parindex.accounts;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over the API, for administrators signed in or calling with HTTP Basic (never
 * with a token): the same operations as the pages.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenApiController {

	private final ApiTokenService tokens;

	ApiTokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<ApiTokenView> list(@RequestParam(name = "userId", required = false) Long userId) {
		return tokens.list(userId);
	}

	@GetMapping("/{id}")
	ApiTokenView token(@PathVariable long id) {
		return tokens.get(id);
	}

	/** Answers with the token's secret, once. */
	@PostMapping
	ResponseEntity<IssuedApiToken> issue(@Valid @RequestBody NewApiToken request,
			@AuthenticationPrincipal CurrentUser admin) {
		IssuedApiToken issued = tokens.issue(request, admin.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.apiToken().id())).body(issued);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin) {
		tokens.revoke(id, admin.getUsername());
		return ResponseEntity.noContent().build();
	}

}
