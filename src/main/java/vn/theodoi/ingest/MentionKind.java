package vn.theodoi.ingest;

/** What the engine recognized in a text. */
public enum MentionKind {
    RECORD, ORGANIZATION, PROVINCE, PERSON, SESSION, DATE, MONEY
}
