package vn.theodoi.access;

/**
 * Security classification of a record and clearance of a person (Law on Protection of State
 * Secrets 2018), in ascending order.
 */
public enum Clearance {
    /** Thường: not classified. */
    UNCLASSIFIED,
    /** Mật. */
    CONFIDENTIAL,
    /** Tối mật. */
    SECRET,
    /** Tuyệt mật. */
    TOP_SECRET;

    /** A person with this clearance may read a record classified at {@code level}. */
    public boolean permits(Clearance level) {
        return compareTo(level) >= 0;
    }

    public boolean isClassified() {
        return this != UNCLASSIFIED;
    }
}
