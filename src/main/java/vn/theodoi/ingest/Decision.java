package vn.theodoi.ingest;

/** What the reader decided about a proposal. */
public enum Decision {
    ACCEPTED, REJECTED
}
