package vn.parindex.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "module", required = false) String module,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("audit", audit.find(query, module, action, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("module", module);
		model.addAttribute("modules", audit.modules());
		model.addAttribute("action", action);
		model.addAttribute("actions", audit.actions());
		return "admin/audit";
	}

}
