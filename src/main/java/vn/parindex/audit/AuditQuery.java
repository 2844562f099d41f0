package vn.parindex.audit;

/**
 * What the administrator looks for across every trail: text in the actor or the item, one
 * module, one action (each optional), and which page.
 */
public record AuditQuery(String text, String module, String action, int page, int size) {
}
