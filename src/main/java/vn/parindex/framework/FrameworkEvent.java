package vn.parindex.framework;

import java.time.Instant;

/**
 * One line of a framework's history: who changed what, when.
 */
public record FrameworkEvent(Instant occurredAt, String actor, String action, String detail) {
}
