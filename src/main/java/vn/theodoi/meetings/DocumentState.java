package vn.theodoi.meetings;

/** Where a document prepared for a meeting stands. */
public enum DocumentState {
    /** Đang chuẩn bị. */
    DRAFTING,
    /** Đã trình. */
    SUBMITTED,
    /** Đã duyệt: done, no more reminders. */
    APPROVED
}
