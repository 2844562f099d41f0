package vn.parindex.framework;

/**
 * Where a framework stands in its life: drafted, in use by a campaign, or frozen once
 * results are published.
 */
public enum FrameworkStatus {

	/** Being written: anything may change. */
	DRAFT,
	/** Used by a campaign: only wording may change, nothing that alters points. */
	ACTIVE,
	/** Results published: nothing may change; next year starts from a copy. */
	FROZEN

}
