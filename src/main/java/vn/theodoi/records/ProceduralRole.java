package vn.theodoi.records;

/** A person's place in the proceeding. */
public enum ProceduralRole {
    /** Bị can: prosecuted, before trial. */
    SUSPECT,
    /** Bị cáo: brought to trial. */
    DEFENDANT,
    /** Người có liên quan. */
    INVOLVED
}
