package vn.theodoi.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The auditor's filters; blank means "any". Dates are days in Vietnam's time zone, inclusive. */
public record AuditQuery(String actor, String action, AuditOutcome outcome, String targetType, String targetId,
        LocalDate from, LocalDate to) {

    private static final ZoneId VIETNAM = vn.theodoi.shared.ProcedureTime.VIETNAM;

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    Instant fromInstant() {
        return from == null ? Instant.EPOCH : from.atStartOfDay(VIETNAM).toInstant();
    }

    Instant toInstant() {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
