package vn.parindex.engine;

/**
 * One unit's result with every leaf's counted points, per variant, in the scheme's leaf
 * order: points clamped to the leaf's maximum, or a {@link LeafState} code.
 */
public record LeafScores(UnitResult result, long[] self, long[] appraised) {
}
