package vn.theodoi.notification;

/** What a notification is. */
public enum NotificationKind {
    /** Đôn đốc: someone urged the person's organization about a task. */
    URGE,
    /** Nhắc việc: the day's digest of due dates coming up, falling today or passed. */
    REMINDER_DIGEST
}
