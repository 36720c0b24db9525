package vn.theodoi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a due date is reminded of (3 days before, on it, weekly while overdue), row by row. */
class ReminderRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    @ParameterizedTest(name = "on {0}: {1} {2}")
    @CsvSource({
            "2026-12-06, ,          ,       four days before: nothing yet",
            "2026-12-07, DUE_SOON,  BEFORE, three days before",
            "2026-12-09, DUE_SOON,  BEFORE, the day before: the same reminder (sent once)",
            "2026-12-10, DUE_TODAY, ON,     on the day",
            "2026-12-11, ,          ,       one day overdue: the weekly reminder waits a week",
            "2026-12-17, OVERDUE,   W1,     one week overdue",
            "2026-12-20, OVERDUE,   W1,     still the first week (sent once)",
            "2026-12-24, OVERDUE,   W2,     two weeks overdue"})
    void dueDates(LocalDate today, ReminderRules.Reason reason, String occurrence, String rule) {
        var reminder = ReminderRules.forDueDate(DUE, today, 3);
        if (reason == null) {
            assertThat(reminder).as(rule).isEmpty();
        } else {
            assertThat(reminder).as(rule).contains(new ReminderRules.Reminder(reason, DUE, occurrence));
        }
    }

    @ParameterizedTest(name = "request deadline, on {0}: {1}")
    @CsvSource({
            "2026-12-07, REQUEST_SOON,  BEFORE",
            "2026-12-10, REQUEST_TODAY, ON",
            "2026-12-11, ,             "})
    void lastDaysToRequestAnExtension(LocalDate today, ReminderRules.Reason reason, String occurrence) {
        var reminder = ReminderRules.forRequestDeadline(DUE, today, 3);
        if (reason == null) {
            assertThat(reminder).isEmpty();
        } else {
            assertThat(reminder).contains(new ReminderRules.Reminder(reason, DUE, occurrence));
        }
    }
}
