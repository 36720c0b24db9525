package vn.theodoi.deadline;

/**
 * Severity class of the gravest charge of a record (phân loại tội phạm, Điều 9 Bộ luật Hình sự).
 * It selects the row of the time-limit table for the severity-dependent stages.
 */
public enum Severity {
    /** Tội phạm ít nghiêm trọng. */
    LESS_SERIOUS,
    /** Tội phạm nghiêm trọng. */
    SERIOUS,
    /** Tội phạm rất nghiêm trọng. */
    VERY_SERIOUS,
    /** Tội phạm đặc biệt nghiêm trọng. */
    ESPECIALLY_SERIOUS
}
