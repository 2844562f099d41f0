package vn.parindex.assessment;

import java.time.Instant;

/**
 * An evidence file as stored: its identity is the SHA-256 of its content, its media type
 * and kind were detected from that content.
 *
 * @param sha256 lower-case hex SHA-256 of the content
 * @param mediaType the media type detected from the content, never the one a client sent
 * @param size bytes
 * @param kind what the content is
 * @param created when these bytes were first stored
 */
public record StoredFile(String sha256, String mediaType, long size, EvidenceKind kind, Instant created) {
}
