package vn.parindex.units;

/**
 * How units were restructured (sắp xếp đơn vị): several merged into one (sáp nhập, hợp
 * nhất), or one split into several (chia tách).
 */
public enum RestructuringKind {

	MERGE, SPLIT

}
