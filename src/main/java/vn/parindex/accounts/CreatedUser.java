package vn.parindex.accounts;

/**
 * A new account, and the password generated for it ({@code null} when the administrator
 * chose one), to hand to its owner once.
 */
public record CreatedUser(UserView user, String generatedPassword) {
}
