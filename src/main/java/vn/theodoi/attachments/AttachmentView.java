package vn.theodoi.attachments;

import java.time.Instant;

/** An attachment's description (never its bytes): what lists and the API show. */
public record AttachmentView(long id, String ownerKind, long ownerId, String fileName, String mediaType,
        long sizeBytes, String sha256, String uploadedBy, String uploadedByName, Instant uploadedAt, long version) {

    /** The size for people: bytes, KB or MB with one decimal. */
    public String sizeText() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
