package vn.theodoi.deadline;

/** The body that returned a file for supplementary investigation (trả hồ sơ để điều tra bổ sung, Điều 174 BLTTHS). */
public enum ReturnedBy {
    /** Viện kiểm sát: supplementary investigation of at most 2 months. */
    PROCURACY,
    /** Tòa án: supplementary investigation of at most 1 month. */
    COURT
}
