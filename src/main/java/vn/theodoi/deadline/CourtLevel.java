package vn.theodoi.deadline;

/**
 * Level of the appeal court (Tòa án cấp phúc thẩm), which selects the appeal preparation limit (Điều 346 BLTTHS).
 * High courts were dissolved on 1 July 2025 (Law 81/2025/QH15 on the organization of people's courts); appeals
 * from provincial courts then go to the Supreme People's Court. Which level is lawful on which day is data: the
 * rule rows of {@link RuleVariant#HIGH} and {@link RuleVariant#SUPREME} carry the period they apply to.
 */
public enum CourtLevel {
    /** Tòa án nhân dân cấp tỉnh: 60 days. */
    PROVINCIAL,
    /** Tòa án nhân dân tối cao (its appeal courts): 90 days; before 1 June 2015 and again from 1 July 2025. */
    SUPREME,
    /** Tòa án nhân dân cấp cao: 90 days; only for appeal files received from 1 June 2015 to 30 June 2025. */
    HIGH
}
