package vn.theodoi.records;

import java.time.Instant;
import java.time.LocalDate;

import vn.theodoi.access.Clearance;
import java.util.List;

import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.LimitFlag;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;

/**
 * A record as lists show it: one row, read in one query. {@code flags}: what the reader of its
 * limits must know (a limit through a year without lunar holidays, a hearing date not recorded).
 * {@code nextMilestoneDate}: the earliest target of a directed milestone not yet achieved.
 */
public record RecordSummary(Long id, String code, RecordKind kind, String title, Integer oversightLevel,
        Severity severity, Clearance classification, Stage stage, LocalDate dueDate,
        LocalDate lastDayToRequestExtension, DeadlineStatus deadlineStatus, String ownerName,
        String responsibleUsername, Instant updatedAt, List<LimitFlag> flags, LocalDate nextMilestoneDate) {

    /** Days past the due date of the running limit (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return dueDate == null || !today.isAfter(dueDate) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(dueDate, today);
    }

    /** A directed milestone is past its target and not achieved. */
    public boolean isBehindMilestone(LocalDate today) {
        return nextMilestoneDate != null && nextMilestoneDate.isBefore(today);
    }

    /** The last day to request an extension has passed while the limit still runs. */
    public boolean isRequestDayPassed(LocalDate today) {
        return lastDayToRequestExtension != null && lastDayToRequestExtension.isBefore(today) && dueDate != null
                && !dueDate.isBefore(today);
    }
}
