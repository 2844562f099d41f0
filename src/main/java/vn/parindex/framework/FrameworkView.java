package vn.parindex.framework;

import vn.parindex.engine.Scheme;

/**
 * A whole framework for reading: its settings and totals and its tree.
 */
public record FrameworkView(FrameworkInfo info, FrameworkTree tree) {

	public long id() {
		return info.id();
	}

	/**
	 * The framework as the scoring engine sees it: the one arithmetic of the sheet, the
	 * council's review and the stored results.
	 */
	public Scheme scheme() {
		return tree.scheme(info.settings().bonusCap(), info.settings().penaltyCap());
	}

}
