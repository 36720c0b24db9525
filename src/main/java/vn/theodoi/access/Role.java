package vn.theodoi.access;

/** Roles of DOMAIN.md section 9. */
public enum Role {
    /** Manages users and reference data; sees no case content by virtue of the role. */
    ADMIN,
    /** Lãnh đạo Ban: Commission leadership, sees everything their clearance allows. */
    LEADER,
    /** Lãnh đạo Vụ: head of a Commission department. */
    DEPARTMENT_HEAD,
    /** Chuyên viên. */
    SPECIALIST,
    /** Staff of a provincial standing agency (Ban Nội chính Tỉnh ủy): their province's records. */
    PROVINCIAL_OFFICER,
    /** Liaison officer of an agency: reports progress on the records their agency handles. */
    AGENCY_LIAISON,
    /** Reads the audit log. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
