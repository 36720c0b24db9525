package vn.theodoi.inspections;

/** Where an inspection stands; it moves only forward, each step on a date. */
public enum InspectionStatus {
    /** Kế hoạch: planned, not started. */
    PLANNED,
    /** Đang tiến hành: the team is at work; findings and recommendations are recorded. */
    IN_PROGRESS,
    /** Đã kết luận: concluded, with its findings; recommendations may still be added. */
    CONCLUDED
}
