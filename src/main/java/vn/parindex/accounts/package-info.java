/**
 * Users, roles and their unit scope, login, API authentication, lockout and the security
 * audit log.
 * <p>
 * The bottom of the module graph: it knows units only through the
 * {@link vn.parindex.accounts.UnitDirectory} it declares.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "problem")
package vn.parindex.accounts;

import org.springframework.modulith.ApplicationModule;
