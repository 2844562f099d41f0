/**
 * Illustrative data (dữ liệu minh họa) for the {@code demo} profile: accounts, units, a
 * framework, a campaign with sheets at every stage and the council's review.
 * <p>
 * The top of the module graph: it may use every module, none may use it.
 */
@ApplicationModule(displayName = "Demo data")
package vn.parindex.demo;

import org.springframework.modulith.ApplicationModule;
