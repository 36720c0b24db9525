package vn.theodoi.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.notification.internal.Inbox;

/** A person's notifications: the module's public face. Each person sees only their own. */
@Service
public class Notifications {

    private final Inbox inbox;

    Notifications(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * Puts a notification in a person's inbox (a file they asked for is ready, say); none when they already
     * have one with this key. {@code title} and {@code body} are already in the person's language.
     */
    @org.springframework.transaction.annotation.Transactional
    public boolean deliver(String recipient, NotificationKind kind, String title, String body, String link,
            String dedupKey) {
        return inbox.add(recipient, kind, null, null, title, body, link, dedupKey);
    }

    /** The person's notifications, newest first. */
    public Page<NotificationView> inbox(TheodoiUser user, Pageable pageable) {
        return inbox.of(user.getUsername(), pageable);
    }

    public long unread(TheodoiUser user) {
        return inbox.unread(user.getUsername());
    }

    /** Marks one of the person's notifications read; someone else's is "not found". */
    public void markRead(TheodoiUser user, Long id) {
        inbox.markRead(user.getUsername(), id);
    }

    public int markAllRead(TheodoiUser user) {
        return inbox.markAllRead(user.getUsername());
    }
}
