package vn.theodoi.imports;

/** What the dry run found a row to be, and what the commit does with it. */
public enum ImportOutcome {
    /** A new record or task. */
    CREATE,
    /** An existing record, matched by its code, that the person may see: its description and event are updated. */
    UPDATE,
    /** Not imported, for the reason given. */
    REFUSED
}
