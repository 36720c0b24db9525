package vn.theodoi.attachments.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.attachments.AttachmentView;

/**
 * An attachment's row: whose it is, its safe name, its checked type, size and digest, where its bytes are, and the
 * text read from it.
 */
@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "owner_kind", nullable = false)
    String ownerKind;
    @Column(name = "owner_id", nullable = false)
    long ownerId;
    @Column(name = "file_name", nullable = false)
    String fileName;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Column(nullable = false)
    String sha256;
    @Column(nullable = false)
    String storage;
    @Column(name = "storage_key", nullable = false)
    String storageKey;
    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;
    @Column(name = "uploaded_by_name", nullable = false)
    String uploadedByName;
    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;
    /** The words of its text ({@link AttachmentText}), for the one search; null when it has no text. */
    @Column(name = "search_text")
    String searchText;
    /** Its text as read, for a search result's snippet; null when it has none. */
    @Column(name = "content_text")
    String contentText;
    @Version
    long version;

    protected Attachment() {
    }

    Attachment(String ownerKind, long ownerId, String fileName, String mediaType, long sizeBytes, String sha256,
            String storage, String storageKey, String uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storage = storage;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    void text(AttachmentText text) {
        this.contentText = text.content;
        this.searchText = text.searchKey;
    }

    AttachmentView view() {
        return new AttachmentView(id, ownerKind, ownerId, fileName, mediaType, sizeBytes, sha256, uploadedBy,
                uploadedByName, uploadedAt, version);
    }
}
