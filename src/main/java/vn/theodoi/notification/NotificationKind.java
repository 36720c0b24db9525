package vn.theodoi.notification;

/** What a notification is. */
public enum NotificationKind {
    /** Đôn đốc: someone urged the person's organization about a task. */
    URGE,
    /** Nhắc việc: the day's digest of due dates coming up, falling today or passed. */
    REMINDER_DIGEST,
    /** Tệp đã sẵn sàng: a file the person asked for (an export) is ready to download. */
    FILE_READY
}
