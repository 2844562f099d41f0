package vn.parindex.accounts;

/**
 * What happened to an account, as recorded in the security audit log.
 */
public enum AuditAction {

	LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, LOGOUT, USER_CREATED, USER_UPDATED, USER_ENABLED, USER_DISABLED,
	PASSWORD_CHANGED, PASSWORD_RESET, TOKEN_ISSUED, TOKEN_REVOKED, SESSIONS_ENDED

}
