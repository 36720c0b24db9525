package vn.theodoi.ingest;

/** A text read: its proposals wait for the reader's decision, or the decision was taken (once). */
public enum BatchState {
    PROPOSED, DECIDED
}
