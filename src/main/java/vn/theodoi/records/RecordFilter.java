package vn.theodoi.records;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;

/**
 * The list's filters, as the page and the API bind them from the query string; null means "any".
 * {@code q} is searched without diacritics in code, title, summary and persons' names.
 * {@code behindMilestone}: a milestone the Steering Committee directed is past its target and not achieved
 * (chậm so với mốc chỉ đạo). {@code requestPassed}: the running limit's last day to request an extension has
 * passed and the limit has not ended (đã qua ngày đề nghị gia hạn). {@code responsible}: the specialist who
 * follows the record, by username.
 */
public record RecordFilter(RecordKind kind, Integer level, String province, Stage stage, String agency,
        Severity severity, Clearance classification, DeadlineStatus deadline, String q, Boolean mine,
        Boolean flagged, RecordSort sort, Boolean behindMilestone, Boolean requestPassed, String responsible) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    /** Only records with a limit the reader must check by hand ({@link vn.theodoi.deadline.LimitFlag}). */
    public boolean isFlagged() {
        return Boolean.TRUE.equals(flagged);
    }

    public boolean isBehindMilestone() {
        return Boolean.TRUE.equals(behindMilestone);
    }

    public boolean isRequestPassed() {
        return Boolean.TRUE.equals(requestPassed);
    }

    public RecordSort sortOrDefault() {
        return sort == null ? RecordSort.UPDATED : sort;
    }

    /** This filter in another order. */
    public RecordFilter sortedBy(RecordSort order) {
        return new RecordFilter(kind, level, province, stage, agency, severity, classification, deadline, q, mine,
                flagged, order, behindMilestone, requestPassed, responsible);
    }

    /** No filter: every visible record, most recently updated first. */
    public static RecordFilter none() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** Every record with a running limit of this status, most urgent first. */
    public static RecordFilter deadline(DeadlineStatus status) {
        return new RecordFilter(null, null, null, null, null, null, null, status, null, null, null, RecordSort.DUE,
                null, null, null);
    }

    /** Every record behind a directed milestone, most urgent limit first. */
    public static RecordFilter behindMilestones() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, RecordSort.DUE,
                true, null, null);
    }

    /** Every record whose last day to request an extension has passed, the limit still running. */
    public static RecordFilter requestDayPassed() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, null, null, RecordSort.DUE,
                null, true, null);
    }

    /** The records the person follows, nearest deadline first. */
    public static RecordFilter mineByDue() {
        return new RecordFilter(null, null, null, null, null, null, null, null, null, true, null, RecordSort.DUE,
                null, null, null);
    }
}
