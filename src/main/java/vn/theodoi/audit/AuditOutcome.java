package vn.theodoi.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    /** Refused by access rules: a 401, a 403 or a classified record out of reach. */
    DENIED
}
