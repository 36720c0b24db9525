package vn.theodoi.records;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;

/** The list's filters, as the page and the API take them; null means "any". */
public record RecordFilter(RecordKind kind, Integer level, String province, Stage stage, String agency,
        Severity severity, Clearance classification, DeadlineStatus deadline, String q, Boolean mine,
        String sort) {

    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }
}
