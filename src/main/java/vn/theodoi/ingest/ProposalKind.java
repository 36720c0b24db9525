package vn.theodoi.ingest;

/** What a proposal of a text is. */
public enum ProposalKind {
    /** The text names a record the reader may see: accepted, the record gets a note citing the text. */
    RECORD_LINK,
    /** A directing sentence gives a task: accepted, the task is created (linked to its record, if any). */
    TASK
}
