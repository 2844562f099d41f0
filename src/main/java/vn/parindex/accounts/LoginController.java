package vn.parindex.accounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication) {
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? "redirect:/" : "login";
	}

}
