package vn.theodoi.tasks;

import vn.theodoi.shared.NamedValues;

/** The orders a task list offers, each backed by an index; written in links by {@link #key()}. */
public enum TaskSort {
    DUE("due", "t.due_date asc nulls last, t.id asc"),
    UPDATED("updated", "t.updated_at desc, t.id desc"),
    CODE("code", "t.code asc"),
    REQUIREMENT("requirement", "t.meeting_id asc, t.requirement_number asc, t.id asc");

    private final String key;
    private final String orderBy;

    TaskSort(String key, String orderBy) {
        this.key = key;
        this.orderBy = orderBy;
    }

    public String key() {
        return key;
    }

    /** The SQL order of the list query (its table alias is {@code t}). */
    public String orderBy() {
        return orderBy;
    }

    public static TaskSort of(String key) {
        return NamedValues.byName(values(), TaskSort::key, key).orElse(DUE);
    }

    @Override
    public String toString() {
        return key;
    }
}
