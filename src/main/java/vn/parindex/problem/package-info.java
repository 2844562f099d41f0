/**
 * Refusals: the one exception a request the rules refuse ends in, with its status, a
 * message key and arguments, and the errors it lists by field, row or node.
 * <p>
 * A technical module every business module may use; it uses none of them.
 */
@ApplicationModule(displayName = "Problems", type = ApplicationModule.Type.OPEN)
package vn.parindex.problem;

import org.springframework.modulith.ApplicationModule;
