/**
 * Users, roles and their unit scope, login, API authentication, lockout and the security
 * audit log.
 * <p>
 * The bottom of the business modules: it knows units only through the
 * {@link vn.parindex.accounts.UnitDirectory} it declares, and reads every module's
 * workflow events through the audit trail's search.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "audit", "problem" })
package vn.parindex.accounts;

import org.springframework.modulith.ApplicationModule;
