package vn.theodoi.organization;

/** What an agency does in the procedure. */
public enum AgencyKind {
    /** Cơ quan điều tra. */
    INVESTIGATION,
    /** Viện kiểm sát. */
    PROCURACY,
    /** Tòa án. */
    COURT,
    /** Thanh tra. */
    INSPECTORATE,
    /** Kiểm toán Nhà nước. */
    STATE_AUDIT,
    /** Ủy ban Kiểm tra (Party inspection). */
    PARTY_INSPECTION
}
