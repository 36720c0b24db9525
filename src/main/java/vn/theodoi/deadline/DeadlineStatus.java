package vn.theodoi.deadline;

/** Status of one {@link TimeLimit}, computed, never stored. */
public enum DeadlineStatus {
    /** Open stage, due date not near (trong hạn). */
    ON_TRACK,
    /**
     * Open stage, today within the warning window: at most {@code dueSoonDays} before the due date, or, when an
     * extension is still possible and the law sets a day by which it must be requested, at most
     * {@code dueSoonDays} before that day (sắp hết hạn).
     */
    DUE_SOON,
    /** Open stage, today after the due date (quá hạn). */
    OVERDUE,
    /** Stage left on or before its due date (kết thúc đúng hạn). */
    MET,
    /** Stage left after its due date (kết thúc quá hạn). */
    MISSED
}
