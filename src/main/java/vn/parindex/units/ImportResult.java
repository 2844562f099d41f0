package vn.parindex.units;

/**
 * What an import did: units created, and existing units whose data changed (identical
 * rows change nothing and are not counted).
 */
record ImportResult(int created, int updated) {
}
