package vn.theodoi.tasks;

import java.time.LocalDate;

/**
 * A task's status, computed and never typed, in the vocabulary the Government Office uses in its
 * task reports (DOMAIN.md section 5).
 */
public enum TaskStatus {
    /** Hoàn thành đúng hạn: done on or before the due date, or done and without a due date. */
    COMPLETED_ON_TIME,
    /** Hoàn thành quá hạn: done after the due date. */
    COMPLETED_LATE,
    /** Đang thực hiện trong hạn: not done, the due date not passed (the due day itself included) or none. */
    IN_PROGRESS,
    /** Chưa hoàn thành, quá hạn: not done, the due date passed. */
    OVERDUE;

    /** The status of a task due {@code due} (or never, null), completed {@code completed} (or not, null), seen {@code today}. */
    public static TaskStatus of(LocalDate due, LocalDate completed, LocalDate today) {
        if (completed != null) {
            return due == null || !completed.isAfter(due) ? COMPLETED_ON_TIME : COMPLETED_LATE;
        }
        return due == null || !today.isAfter(due) ? IN_PROGRESS : OVERDUE;
    }

    public boolean isCompleted() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }

    /** The SQL condition of this status over a task row aliased {@code t}, with {@code :today} bound. */
    public String condition() {
        return switch (this) {
            case COMPLETED_ON_TIME -> "(t.completed_on is not null and (t.due_date is null or t.completed_on <= t.due_date))";
            case COMPLETED_LATE -> "(t.completed_on is not null and t.completed_on > t.due_date)";
            case IN_PROGRESS -> "(t.completed_on is null and (t.due_date is null or t.due_date >= :today))";
            case OVERDUE -> "(t.completed_on is null and t.due_date < :today)";
        };
    }
}
