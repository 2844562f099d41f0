package vn.parindex.audit;

/**
 * One change to record: who did what to which subject (the aggregate's id), inside which
 * scope (a campaign, a restructuring), to which item of it (a leaf, a field, a user
 * name), the old and the new value, and why. The trail adds when and from where.
 */
public record AuditChange(Long subjectId, Long scopeId, String item, String actor, String action, String oldValue,
		String newValue, String reason) {

	public static AuditChange of(Long subjectId, String actor, String action) {
		return new AuditChange(subjectId, null, null, actor, action, null, null, null);
	}

	public AuditChange scope(Long scope) {
		return new AuditChange(subjectId, scope, item, actor, action, oldValue, newValue, reason);
	}

	public AuditChange item(String what) {
		return new AuditChange(subjectId, scopeId, what, actor, action, oldValue, newValue, reason);
	}

	public AuditChange values(String before, String after) {
		return new AuditChange(subjectId, scopeId, item, actor, action, before, after, reason);
	}

	public AuditChange reason(String why) {
		return new AuditChange(subjectId, scopeId, item, actor, action, oldValue, newValue, why);
	}

}
