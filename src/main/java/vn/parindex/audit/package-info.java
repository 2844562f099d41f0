/**
 * The one audit trail: who, when, what, old → new, why. Every module keeps its own table
 * of that one shape and writes and reads it through {@link vn.parindex.audit.AuditTrail};
 * {@link vn.parindex.audit.AuditTrails} searches all of them for the administrator.
 * <p>
 * A technical module every business module may use; it uses none of them.
 */
@ApplicationModule(displayName = "Audit trail", type = ApplicationModule.Type.OPEN)
package vn.parindex.audit;

import org.springframework.modulith.ApplicationModule;
