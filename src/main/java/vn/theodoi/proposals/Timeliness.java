package vn.theodoi.proposals;

import java.time.LocalDate;

/** Whether the answer came, or is coming, within the response deadline: computed, never typed. */
public enum Timeliness {
    /** Trả lời đúng hạn: answered on or before the deadline. */
    ANSWERED_ON_TIME,
    /** Trả lời quá hạn: answered after the deadline. */
    ANSWERED_LATE,
    /** Đang xử lý trong hạn: not answered, the deadline not passed (the last day itself included). */
    PENDING,
    /** Quá hạn chưa trả lời: not answered, the deadline passed. */
    OVERDUE;

    /** The timeliness of an answer due {@code due}, sent {@code answered} (or not, null), seen {@code today}. */
    public static Timeliness of(LocalDate due, LocalDate answered, LocalDate today) {
        if (answered != null) {
            return answered.isAfter(due) ? ANSWERED_LATE : ANSWERED_ON_TIME;
        }
        return today.isAfter(due) ? OVERDUE : PENDING;
    }

    /** The SQL condition of this timeliness over a proposal row aliased {@code p}, with {@code :today} bound. */
    public String condition() {
        return switch (this) {
            case ANSWERED_ON_TIME -> "(p.answered_on is not null and p.answered_on <= p.response_due_date)";
            case ANSWERED_LATE -> "(p.answered_on is not null and p.answered_on > p.response_due_date)";
            case PENDING -> "(p.answered_on is null and p.response_due_date >= :today)";
            case OVERDUE -> "(p.answered_on is null and p.response_due_date < :today)";
        };
    }
}
