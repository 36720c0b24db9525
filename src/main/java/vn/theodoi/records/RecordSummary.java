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
 */
public record RecordSummary(Long id, String code, RecordKind kind, String title, Integer oversightLevel,
        Severity severity, Clearance classification, Stage stage, LocalDate dueDate,
        LocalDate lastDayToRequestExtension, DeadlineStatus deadlineStatus, String ownerName,
        String responsibleUsername, Instant updatedAt, List<LimitFlag> flags) {
}
