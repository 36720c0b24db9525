package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.AttachmentDownload;
import vn.theodoi.attachments.AttachmentOwner;
import vn.theodoi.attachments.AttachmentType;
import vn.theodoi.attachments.AttachmentView;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * The attachments' use cases. The owner is asked first, before a byte is read or written; an
 * owner the person may not see answers "not found" (an attachment they may see but not change:
 * "forbidden"), and every refusal, upload, download and deletion is audited.
 */
@Service
@EnableConfigurationProperties(AttachmentSettings.class)
public class AttachmentKeeping {

    public static final String AUDIT_TARGET = "ATTACHMENT";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttachmentRepository attachments;
    private final Map<String, AttachmentOwner> owners;
    private final Map<String, AttachmentStore> stores;
    private final AttachmentSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    AttachmentKeeping(AttachmentRepository attachments, List<AttachmentOwner> owners, List<AttachmentStore> stores,
            AttachmentSettings settings, AuditLog audit, PlatformTransactionManager transactions) {
        this.attachments = attachments;
        this.owners = owners.stream().collect(Collectors.toMap(o -> o.kind().toUpperCase(Locale.ROOT),
                Function.identity()));
        this.stores = stores.stream().collect(Collectors.toMap(AttachmentStore::name, Function.identity()));
        this.settings = settings;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        if (store(settings.store().toUpperCase(Locale.ROOT)) == null) {
            throw new IllegalStateException("theodoi.attachments.store must be filesystem or database");
        }
    }

    // ------------------------------------------------------------------ reading

    public List<AttachmentView> list(TheodoiUser user, String kind, long ownerId) {
        AttachmentOwner owner = owner(kind);
        if (!owner.mayRead(user, ownerId)) {
            throw unseen(owner, ownerId, null);
        }
        return attachments.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(owner.kind(), ownerId).stream()
                .map(Attachment::view).toList();
    }

    /** The attachments of many owners of a kind, by owner, for those the person may read (others are left out). */
    public Map<Long, List<AttachmentView>> listAll(TheodoiUser user, String kind, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        AttachmentOwner owner = owner(kind);
        List<Long> readable = owner.readableAmong(user, ownerIds).stream().map(AttachmentOwner.Readable::ownerId)
                .toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return attachments.findByOwnerKindAndOwnerIdInOrderByUploadedAtAscIdAsc(owner.kind(), readable).stream()
                .map(Attachment::view).collect(Collectors.groupingBy(AttachmentView::ownerId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    public AttachmentDownload open(TheodoiUser user, long id) {
        Attachment attachment = attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
        AttachmentOwner owner = owner(attachment.ownerKind);
        if (!owner.mayRead(user, attachment.ownerId)) {
            audit.recordEvent("ATTACHMENT_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                    details(attachment).code("reason", "owner-not-visible"));
            throw new NotFoundException("attachment", id);
        }
        audit.recordEvent("ATTACHMENT_DOWNLOADED", AUDIT_TARGET, id, AuditOutcome.SUCCESS, details(attachment)
                .count("size", attachment.sizeBytes));
        AttachmentStore store = store(attachment.storage);
        String key = attachment.storageKey;
        return new AttachmentDownload(attachment.view(), () -> store.open(key));
    }

    public boolean mayAttach(TheodoiUser user, String kind, long ownerId) {
        return owner(kind).mayAttach(user, ownerId);
    }

    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    public String pagePath(String kind, long ownerId) {
        return owner(kind).pagePath(ownerId);
    }

    // ------------------------------------------------------------------ changing

    public AttachmentView store(TheodoiUser user, String kind, long ownerId, String sentName, InputStream content) {
        AttachmentOwner owner = owner(kind);
        requireAttach(user, owner, ownerId, "ATTACHMENT_UPLOAD_DENIED");
        String fileName = SafeFileNames.of(sentName, "tep-dinh-kem");
        Intake.Received received = null;
        try {
            received = Intake.receive(content, settings.incoming(), settings.maxSize().toBytes());
            AttachmentType type = ContentCheck.check(fileName, received.file());
            if (AttachmentType.declaredBy(fileName).isEmpty()) {
                fileName = fileName + "." + type.extensions().get(0);
            }
            // read before the transaction: a parser's time holds no connection
            AttachmentText text = AttachmentText.of(type, fileName, received.file());
            return saved(user, owner, ownerId, fileName, type, received, text);
        } catch (DomainRuleViolation refused) {
            audit.recordEvent("ATTACHMENT_REFUSED", owner.kind(), ownerId, AuditOutcome.FAILURE,
                    AuditDetails.of().code("reason", refused.messageKey())
                            .count("size", received == null ? 0 : received.size()));
            throw refused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (received != null) {
                try {
                    Files.deleteIfExists(received.file());
                } catch (IOException ignored) {
                    // a leftover in the incoming folder, nothing more
                }
            }
        }
    }

    private AttachmentView saved(TheodoiUser user, AttachmentOwner owner, long ownerId, String fileName,
            AttachmentType type, Intake.Received received, AttachmentText text) {
        AttachmentStore store = store(settings.store().toUpperCase(Locale.ROOT));
        String key = HexFormat.of().formatHex(randomBytes());
        return transaction.execute(status -> {
            try {
                store.put(key, received.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Attachment row = new Attachment(owner.kind(), ownerId, fileName, type.mediaType(), received.size(),
                    received.sha256(), store.name(), key, user.getUsername(),
                    user.fullName() == null ? user.getUsername() : user.fullName(), Instant.now(clock));
            row.text(text);
            Attachment attachment = attachments.saveAndFlush(row);
            audit.recordChange("ATTACHMENT_ADDED", AUDIT_TARGET, attachment.id, details(attachment)
                    .kind("type", type).count("size", received.size()).code("sha256", received.sha256())
                    .code("store", store.name()));
            return attachment.view();
        });
    }

    public void delete(TheodoiUser user, long id, long version) {
        Attachment found = attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
        AttachmentOwner owner = owner(found.ownerKind);
        requireAttach(user, owner, found.ownerId, "ATTACHMENT_DELETE_DENIED");
        transaction.executeWithoutResult(status -> {
            Attachment attachment = attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment", id));
            if (attachment.version != version) {
                throw new ConcurrentEditException();
            }
            attachments.delete(attachment);
            attachments.flush();
            try {
                store(attachment.storage).remove(attachment.storageKey);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            audit.recordChange("ATTACHMENT_DELETED", AUDIT_TARGET, id, details(attachment));
        });
    }

    // ------------------------------------------------------------------ helpers

    private void requireAttach(TheodoiUser user, AttachmentOwner owner, long ownerId, String action) {
        if (owner.mayAttach(user, ownerId)) {
            return;
        }
        boolean seen = owner.mayRead(user, ownerId);
        audit.recordEvent(action, owner.kind(), ownerId, AuditOutcome.DENIED,
                AuditDetails.of().code("reason", seen ? "may-not-attach" : "owner-not-visible"));
        if (seen) {
            throw new ForbiddenException("attachment.attachDenied");
        }
        throw new NotFoundException(owner.kind().toLowerCase(Locale.ROOT), ownerId);
    }

    private NotFoundException unseen(AttachmentOwner owner, long ownerId, Long attachmentId) {
        audit.recordEvent("ATTACHMENT_ACCESS_DENIED", owner.kind(), ownerId, AuditOutcome.DENIED,
                AuditDetails.of().id("attachment", attachmentId).code("reason", "owner-not-visible"));
        return new NotFoundException(owner.kind().toLowerCase(Locale.ROOT), ownerId);
    }

    private AttachmentOwner owner(String kind) {
        AttachmentOwner owner = kind == null ? null : owners.get(kind.toUpperCase(Locale.ROOT));
        if (owner == null) {
            throw new NotFoundException("attachment owner", kind);
        }
        return owner;
    }

    private AttachmentStore store(String name) {
        return stores.get(name);
    }

    private static AuditDetails details(Attachment attachment) {
        return AuditDetails.of().code("ownerKind", attachment.ownerKind).id("ownerId", attachment.ownerId);
    }

    private static byte[] randomBytes() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return key;
    }
}
