package vn.theodoi.tasks;

/** Where a task comes from (nguồn nhiệm vụ). */
public enum TaskSourceType {
    /** A requirement of a meeting's conclusion (kết luận phiên họp). */
    CONCLUSION,
    /** The annual work programme (chương trình công tác). */
    WORK_PROGRAMME,
    /** The General Secretary's conclusions (kết luận của Tổng Bí thư). */
    GENERAL_SECRETARY,
    /** A recommendation of an inspection (kiểm tra, giám sát). */
    INSPECTION,
    /** An ad hoc instruction (chỉ đạo đột xuất). */
    AD_HOC,
    /** A scheme or regulation being drafted (đề án), with milestones as sub-tasks. */
    SCHEME
}
