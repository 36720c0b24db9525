package vn.theodoi.deadline;

/**
 * Variant of a stage's time-limit row, for the stages whose limit depends on more than the severity.
 */
public enum RuleVariant {
    /** The ordinary limit of the stage. */
    STANDARD,
    /** Investigation after resumption (điều tra sau khi phục hồi, Điều 174(1), 235 BLTTHS). */
    RESUMED,
    /** Supplementary investigation on a file returned by the procuracy (Viện kiểm sát trả hồ sơ). */
    PROCURACY,
    /** Supplementary investigation on a file returned by the court (Tòa án trả hồ sơ). */
    COURT,
    /** Appeal prepared by a provincial court (Tòa án cấp tỉnh). */
    PROVINCIAL,
    /** Appeal prepared by a high court (Tòa án cấp cao). */
    HIGH;

    static RuleVariant of(ReturnedBy returnedBy) {
        return returnedBy == ReturnedBy.PROCURACY ? PROCURACY : COURT;
    }

    static RuleVariant of(CourtLevel courtLevel) {
        return courtLevel == CourtLevel.PROVINCIAL ? PROVINCIAL : HIGH;
    }
}
