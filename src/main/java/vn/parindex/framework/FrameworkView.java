package vn.parindex.framework;

/**
 * A whole framework for reading: its settings and totals and its tree.
 */
public record FrameworkView(FrameworkInfo info, FrameworkTree tree) {

	public long id() {
		return info.id();
	}

}
