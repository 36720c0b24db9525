package vn.theodoi.deadline;

/** Level of the appeal court (Tòa án cấp phúc thẩm), which selects the appeal preparation limit (Điều 346 BLTTHS). */
public enum CourtLevel {
    /** Tòa án nhân dân cấp tỉnh: 60 days. */
    PROVINCIAL,
    /** Tòa án nhân dân cấp cao: 90 days. */
    HIGH
}
