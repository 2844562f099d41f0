package vn.parindex.accounts;

import java.util.Arrays;

import vn.parindex.audit.AuditChange;
import vn.parindex.audit.AuditQuery;
import vn.parindex.audit.AuditResults;
import vn.parindex.audit.AuditTrail;
import vn.parindex.audit.AuditTrails;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit log (nhật ký): logins, failed logins, lockouts and every account
 * change, kept in the accounts module's audit trail; read together with the workflow
 * events every other module records in its own.
 */
@Service
public class AuditLog {

	static final String MODULE = "accounts";

	private final AuditTrail trail;

	private final AuditTrails trails;

	AuditLog(AuditTrails trails) {
		this.trails = trails;
		this.trail = trails.trail("accounts_audit_event", "audit.action",
				Arrays.stream(AuditAction.values()).map(Enum::name).toList());
	}

	/**
	 * Records in the caller's transaction, so that an account change and its audit line
	 * commit together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(String actor, AuditAction action, String target, String detail) {
		insert(actor, action, target, detail);
	}

	private void insert(String actor, AuditAction action, String target, String detail) {
		trail.record(AuditChange.of(null, actor, action.name()).item(target).values(null, detail));
	}

	/**
	 * The newest entries first, optionally only those whose actor or target contains the
	 * given text, of one module, of one action.
	 */
	@Transactional(readOnly = true)
	public AuditPage find(String text, String module, String action, int page, int size) {
		AuditResults found = trails.search(new AuditQuery(text, blankToNull(module), blankToNull(action), page, size));
		return new AuditPage(found.records().stream().map(AuditEntry::of).toList(), page, size, found.total());
	}

	/** The modules whose events the log shows, for its filter. */
	public java.util.List<String> modules() {
		return trails.modules();
	}

	/** The actions the administrator's log can be filtered by, every module's. */
	public java.util.List<vn.parindex.audit.AuditTrails.ShownAction> actions() {
		return trails.actions();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
