package vn.theodoi.inspections;

/** What the Commission does on the ground. */
public enum InspectionKind {
    /** Kiểm tra: an inspection of how a province, ministry or agency does its work. */
    INSPECTION,
    /** Giám sát: supervision, following that work over a period. */
    SUPERVISION
}
