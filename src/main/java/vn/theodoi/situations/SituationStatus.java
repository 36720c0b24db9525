package vn.theodoi.situations;

/** Where a hot spot stands; "open" on the map means not yet resolved (open or being handled). */
public enum SituationStatus {
    /** Mới phát sinh. */
    OPEN,
    /** Đang xử lý. */
    BEING_HANDLED,
    /** Đã giải quyết. */
    RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
