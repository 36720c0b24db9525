package vn.theodoi.proposals;

/**
 * Where the answer stands. The flow is fixed: received, assigned to a specialist, drafted, checked by
 * the department head, approved by a leader, sent; a check or an approval may send the draft back
 * (returned), and the specialist drafts again.
 */
public enum ProposalState {
    /** Tiếp nhận: received, no specialist yet. */
    RECEIVED,
    /** Đã phân công: a department and a specialist answer it. */
    ASSIGNED,
    /** Đã dự thảo: the specialist's draft waits for the department head. */
    DRAFTED,
    /** Trả lại: the draft was sent back with a reason; the specialist drafts again. */
    RETURNED,
    /** Đã kiểm tra: the department head checked the draft; it waits for a leader. */
    CHECKED,
    /** Đã duyệt: a leader approved the answer; it may be sent. */
    APPROVED,
    /** Đã gửi trả lời: the answer went out; the sender reads it. */
    SENT;

    public boolean isAnswered() {
        return this == SENT;
    }
}
