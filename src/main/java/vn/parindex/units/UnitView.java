package vn.parindex.units;

/**
 * A unit as other modules and pages read it.
 */
public record UnitView(long id, String code, String name, String type, Long parentId, boolean ranked, boolean active) {
}
