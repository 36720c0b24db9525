package vn.theodoi.imports;

/** What a sheet lists: records under oversight (vụ án, vụ việc) or tasks (nhiệm vụ). */
public enum ImportKind {
    RECORDS,
    TASKS
}
