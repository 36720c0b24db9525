package vn.theodoi.notification;

import java.time.Instant;

/** A notification in the person's inbox; {@code read} once they opened or marked it. */
public record NotificationView(Long id, NotificationKind kind, String subjectType, Long subjectId, String title,
        String body, String link, Instant createdAt, boolean read) {
}
