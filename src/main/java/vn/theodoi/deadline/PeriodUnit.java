package vn.theodoi.deadline;

/** Unit of a statutory period. Written {@code D} or {@code M} in the rule table. */
public enum PeriodUnit {
    /** Ngày: ends at 24:00 of its last day, counted from the day after the event (Điều 134 BLTTHS). */
    DAYS,
    /** Tháng: ends on the same-numbered day of the later month, or that month's last day (Điều 134 BLTTHS). */
    MONTHS
}
