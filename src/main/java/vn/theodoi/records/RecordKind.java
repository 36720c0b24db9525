package vn.theodoi.records;

/** What is being followed. */
public enum RecordKind {
    /** Vụ án: a criminal proceeding has been opened (khởi tố). */
    CASE,
    /** Vụ việc: inspection, audit, discipline or verification work, not (yet) a criminal case. */
    MATTER,
    /** Nguồn tin về tội phạm: a denunciation or report being verified. */
    CRIME_REPORT
}
