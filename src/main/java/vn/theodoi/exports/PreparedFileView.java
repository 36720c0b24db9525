package vn.theodoi.exports;

import java.time.Instant;
import java.util.UUID;

/**
 * A prepared file as its owner sees it: the job's state and, once done, the file. {@code total} is
 * null until the producer knows it; {@code failure} is a message key.
 */
public record PreparedFileView(UUID id, String kind, String params, PreparedFileStatus status, long done, Long total,
        String fileName, String contentType, Long sizeBytes, String sha256, String failure, Instant createdAt,
        Instant finishedAt, Instant expiresAt) {

    /** 0 to 100; 100 once done; unknown (-1) while the total is. */
    public int percent() {
        if (status == PreparedFileStatus.DONE) {
            return 100;
        }
        if (total == null) {
            return -1;
        }
        return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }
}
