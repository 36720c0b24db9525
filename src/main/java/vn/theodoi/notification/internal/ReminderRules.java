package vn.theodoi.notification.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a due date is reminded of: {@code daysBefore} days before it (once, any day of that
 * window the job runs), on the day itself, and once a week while it is overdue (7, 14, 21 ...
 * days after). Pure: today and the due date in, the reminder (if any) out.
 */
public final class ReminderRules {

    /** Why a person is reminded. */
    public enum Reason {
        DUE_SOON, DUE_TODAY, OVERDUE, REQUEST_SOON, REQUEST_TODAY
    }

    /** One reminder: its reason, the date it is about, and which occurrence it is (BEFORE, ON, W1, W2 ...). */
    public record Reminder(Reason reason, LocalDate dueDate, String occurrence) {
    }

    private ReminderRules() {
    }

    /** The reminder of a due date today, if one is due. */
    public static Optional<Reminder> forDueDate(LocalDate due, LocalDate today, int daysBefore) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days > 0 && days <= daysBefore) {
            return Optional.of(new Reminder(Reason.DUE_SOON, due, "BEFORE"));
        }
        if (days == 0) {
            return Optional.of(new Reminder(Reason.DUE_TODAY, due, "ON"));
        }
        if (days < 0 && -days >= 7) {
            return Optional.of(new Reminder(Reason.OVERDUE, due, "W" + (-days / 7)));
        }
        return Optional.empty();
    }

    /** The reminder of a last day to request an extension, if one is due: before it and on it, never after. */
    public static Optional<Reminder> forRequestDeadline(LocalDate last, LocalDate today, int daysBefore) {
        long days = ChronoUnit.DAYS.between(today, last);
        if (days > 0 && days <= daysBefore) {
            return Optional.of(new Reminder(Reason.REQUEST_SOON, last, "BEFORE"));
        }
        if (days == 0) {
            return Optional.of(new Reminder(Reason.REQUEST_TODAY, last, "ON"));
        }
        return Optional.empty();
    }
}
