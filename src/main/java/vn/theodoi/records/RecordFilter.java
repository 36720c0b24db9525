package vn.theodoi.records;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;

/**
 * The list's filters, as the page and the API bind them from the query string; null means "any".
 * {@code q} is searched without diacritics in code, title, summary and persons' names.
 */
public record RecordFilter(RecordKind kind, Integer level, String province, Stage stage, String agency,
        Severity severity, Clearance classification, DeadlineStatus deadline, String q, Boolean mine,
        Boolean flagged, RecordSort sort) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    /** Only records with a limit the reader must check by hand ({@link vn.theodoi.deadline.LimitFlag}). */
    public boolean isFlagged() {
        return Boolean.TRUE.equals(flagged);
    }

    public RecordSort sortOrDefault() {
        return sort == null ? RecordSort.UPDATED : sort;
    }

    /** Every record with a running limit of this status, most urgent first. */
    public static RecordFilter deadline(DeadlineStatus status) {
        return new RecordFilter(null, null, null, null, null, null, null, status, null, null, null, RecordSort.DUE);
    }
}
