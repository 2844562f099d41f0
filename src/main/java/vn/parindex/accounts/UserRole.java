package vn.parindex.accounts;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One role held by a user.
 */
@Table("accounts_user_role")
record UserRole(Role role) {
}
