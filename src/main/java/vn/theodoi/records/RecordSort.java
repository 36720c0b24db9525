package vn.theodoi.records;

import vn.theodoi.shared.NamedValues;

/** The orders a record list offers, each backed by an index; written in links by {@link #key()}. */
public enum RecordSort {
    UPDATED("updated", "r.updated_at desc, r.id desc"),
    DUE("due", "r.current_due_date asc nulls last, r.id asc"),
    CODE("code", "r.code asc"),
    LEVEL("level", "r.oversight_level asc nulls last, r.updated_at desc, r.id desc"),
    TITLE("title", "r.title asc, r.id asc");

    private final String key;
    private final String orderBy;

    RecordSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    public String key() {
        return key;
    }

    /** The SQL order of the list query (its table alias is {@code r}). */
    public String orderBy() {
        return orderBy;
    }

    /** The order a link names; an unknown or missing one is the default, the most recently updated first. */
    public static RecordSort of(String key) {
        return NamedValues.byName(values(), RecordSort::key, key).orElse(UPDATED);
    }

    /** As written in links and forms: {@code ?sort=due}. */
    @Override
    public String toString() {
        return key;
    }
}
