package vn.theodoi.deadline;

/**
 * Variant of a stage's time-limit row, for the stages whose limit depends on more than the severity: how the
 * stage was entered (resumed, restored, after a return or an annulment), who returned the file, which court
 * prepares the appeal.
 */
public enum RuleVariant {
    /** The ordinary limit of the stage. */
    STANDARD,
    /**
     * After resumption: investigation (điều tra sau khi phục hồi, Điều 174(1), 235 BLTTHS) or crime-report
     * handling (giải quyết nguồn tin sau khi phục hồi, Điều 149).
     */
    RESUMED,
    /** After restoration of a suspended or dismissed case (phục hồi vụ án, Điều 249 and 283 BLTTHS). */
    RESTORED,
    /** Investigation again after a judgment was annulled (điều tra lại, Điều 174(3), 358 BLTTHS). */
    REINVESTIGATION,
    /** Trial preparation again after a judgment was annulled (xét xử lại, Điều 358 BLTTHS). */
    RETRIAL,
    /**
     * Trial preparation of a file that came back to the court after the court returned it for supplementary
     * investigation (Điều 277(1), last sentence: 15 days to decide to bring the case to trial).
     */
    RETURNED,
    /** Supplementary investigation on a file returned by the procuracy (Viện kiểm sát trả hồ sơ). */
    PROCURACY,
    /**
     * Supplementary investigation on a file returned by the court, when the Code does not tell the presiding
     * judge from the trial panel (Điều 121 BLTTHS 2003: the court returns at most twice in all).
     */
    COURT,
    /** Supplementary investigation on a file returned by the presiding judge while preparing the trial (Điều 280). */
    PRESIDING_JUDGE,
    /** Supplementary investigation on a file returned by the trial panel once the trial was decided (Điều 298). */
    TRIAL_PANEL,
    /** Appeal prepared by a provincial court (Tòa án cấp tỉnh). */
    PROVINCIAL,
    /** Appeal prepared by a high court (Tòa án cấp cao). */
    HIGH,
    /** Appeal prepared by the Supreme People's Court (Tòa án nhân dân tối cao). */
    SUPREME;

    static RuleVariant of(CourtLevel courtLevel) {
        return switch (courtLevel) {
            case PROVINCIAL -> PROVINCIAL;
            case HIGH -> HIGH;
            case SUPREME -> SUPREME;
        };
    }

    /**
     * The variant whose row applies when the table has no row of this one for the day: a return by the presiding
     * judge or the trial panel falls back to the court's row (the 2003 Code counts the court's returns together).
     */
    RuleVariant fallback() {
        return this == PRESIDING_JUDGE || this == TRIAL_PANEL ? COURT : null;
    }
}
