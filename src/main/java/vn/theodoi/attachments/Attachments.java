package vn.theodoi.attachments;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.attachments.internal.AttachmentKeeping;

/**
 * Attachments: the module's public face. Every method takes the person acting; the owner of the
 * attachments ({@link AttachmentOwner}) decides what they may read and attach, before any byte is
 * read. An owner out of reach is "not found", and the attempt is audited.
 */
@Service
public class Attachments {

    private final AttachmentKeeping keeping;

    Attachments(AttachmentKeeping keeping) {
        this.keeping = keeping;
    }

    /** The attachments of one owner, oldest first. */
    public List<AttachmentView> list(TheodoiUser user, String ownerKind, long ownerId) {
        return keeping.list(user, ownerKind, ownerId);
    }

    /** The attachments of many owners of one kind (a record's events), by owner id; owners out of reach are left out. */
    public Map<Long, List<AttachmentView>> listAll(TheodoiUser user, String ownerKind, Collection<Long> ownerIds) {
        return keeping.listAll(user, ownerKind, ownerIds);
    }

    /** Opens an attachment for download (audited). */
    public AttachmentDownload open(TheodoiUser user, long id) {
        return keeping.open(user, id);
    }

    public boolean mayAttach(TheodoiUser user, String ownerKind, long ownerId) {
        return keeping.mayAttach(user, ownerKind, ownerId);
    }

    /** The largest file accepted, in bytes ({@code theodoi.attachments.max-size}). */
    public long maxBytes() {
        return keeping.maxBytes();
    }

    /** The owner's page, where a page upload returns to. */
    public String pagePath(String ownerKind, long ownerId) {
        return keeping.pagePath(ownerKind, ownerId);
    }

    /**
     * Stores a file for an owner: its name made safe, its content read once into a checked
     * temporary file (refused past the size limit or when it is not what its name says).
     */
    public AttachmentView store(TheodoiUser user, String ownerKind, long ownerId, String fileName,
            InputStream content) {
        return keeping.store(user, ownerKind, ownerId, fileName, content);
    }

    /** Removes an attachment; {@code version} is the one the person saw (someone else's change in between: 409). */
    public void delete(TheodoiUser user, long id, long version) {
        keeping.delete(user, id, version);
    }
}
