/**
 * The scoring engine (plain Java, no Spring, no SQL): turns leaf figures into points,
 * applicable maxima, component indices, ranks, groups and peer groups, in exact
 * ten-thousandths of a point; and the contract through which every leaf source (the
 * sheets, surveys, statistics) hands its figures to scoring.
 * <p>
 * The bottom of the module graph: the sheet's live totals, the council's review and the
 * stored results all call it, so it depends on nothing.
 */
@ApplicationModule(displayName = "Scoring engine", allowedDependencies = {})
package vn.parindex.engine;

import org.springframework.modulith.ApplicationModule;
