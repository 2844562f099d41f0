package vn.parindex.system;

import java.time.ZoneId;
import java.util.Arrays;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs to know.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	/** Deadlines and timestamps are shown in Vietnam's time, wherever the server runs. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The profile that loads the demo module's illustrative data; the header says so. */
	private static final String DEMO_PROFILE = "demo";

	private final boolean demo;

	LayoutAdvice(Environment environment) {
		this.demo = Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE);
	}

	@ModelAttribute
	void layout(Model model) {
		model.addAttribute("demoMode", demo);
		model.addAttribute("zone", ZONE);
	}

}
