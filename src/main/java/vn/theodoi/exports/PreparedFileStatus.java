package vn.theodoi.exports;

/** Where a prepared file's job is. */
public enum PreparedFileStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
