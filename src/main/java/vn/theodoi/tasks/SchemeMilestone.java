package vn.theodoi.tasks;

/** The milestones of a scheme or regulation being drafted, in order (các mốc của đề án). */
public enum SchemeMilestone {
    /** Đề cương. */
    OUTLINE,
    /** Dự thảo. */
    DRAFT,
    /** Lấy ý kiến. */
    CONSULTATION,
    /** Trình. */
    SUBMISSION,
    /** Ban hành. */
    ISSUANCE
}
