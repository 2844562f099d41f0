package vn.parindex.framework;

/**
 * What a ratio leaf earns when the ratio is 0 / 0 — nothing to count in the period (no
 * dossier received, no feedback sent): the rule parameter {@code zero=}.
 */
public enum ZeroDenominator {

	/** The default: the leaf leaves the denominator, as a leaf that does not apply. */
	NOT_APPLICABLE,

	/** {@code zero=full}: the maximum (the 766 index's feedback metrics). */
	FULL,

	/** {@code zero=none}: 0 points. */
	NONE

}
