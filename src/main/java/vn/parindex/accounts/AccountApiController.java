package vn.parindex.accounts;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over the API, for administrators: the same operations as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	private final AccountService accounts;

	private final AuditLog audit;

	AccountApiController(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/users")
	List<UserView> users(@RequestParam(name = "q", required = false) String query) {
		return accounts.list(query);
	}

	@GetMapping("/users/{id}")
	UserView user(@PathVariable long id) {
		return accounts.get(id);
	}

	@PostMapping("/users")
	ResponseEntity<Created> create(@Valid @RequestBody NewUser request, @AuthenticationPrincipal CurrentUser admin) {
		CreatedUser created = accounts.createAccount(request, admin.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
			.body(new Created(created.user(), created.generatedPassword()));
	}

	/**
	 * The new user, and the generated password (only when none was given), answered once.
	 */
	record Created(@JsonUnwrapped UserView user, @JsonInclude(JsonInclude.Include.NON_NULL) String password) {
	}

	@PutMapping("/users/{id}")
	UserView update(@PathVariable long id, @Valid @RequestBody UserChanges changes,
			@AuthenticationPrincipal CurrentUser admin) {
		return accounts.update(id, changes, admin.getUsername());
	}

	/**
	 * Sets the given password, or a generated one when the body has none; answers with it
	 * once.
	 */
	@PostMapping("/users/{id}/password")
	Map<String, String> resetPassword(@PathVariable long id, @RequestBody(required = false) Map<String, String> body,
			@AuthenticationPrincipal CurrentUser admin) {
		String requested = (body != null) ? body.get("password") : null;
		return Map.of("password", accounts.resetPassword(id, requested, admin.getUsername()));
	}

	@GetMapping("/audit")
	AuditPage audit(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "module", required = false) String module,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size) {
		return audit.find(query, module, action, Math.max(0, page), Math.min(Math.max(1, size), 500));
	}

}
