package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.NO_DAYS_OFF;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.events;
import static vn.theodoi.deadline.Fixtures.historyTo;
import static vn.theodoi.deadline.Fixtures.lastLimit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting of time limits, Điều 134 BLTTHS 2015: month ends, leap years, day limits, days off. */
class CountingTest {

    /** Month arithmetic alone, with a calendar without days off. */
    @ParameterizedTest(name = "Điều 134: {0}/{1}/{2} from {3} ends {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-01-31 | 2026-02-28
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2028-01-31 | 2028-02-29
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2028-01-29 | 2028-02-29
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-01-30 | 2026-02-28
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-01-15 | 2026-02-15
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-05-31 | 2026-06-30
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-08-31 | 2026-09-30
            SUPPLEMENTARY_INVESTIGATION | COURT     | SERIOUS      | 2026-12-31 | 2027-01-31
            INVESTIGATION               | STANDARD  | SERIOUS      | 2026-11-30 | 2027-02-28
            INVESTIGATION               | STANDARD  | SERIOUS      | 2027-11-30 | 2028-02-29
            INVESTIGATION               | STANDARD  | SERIOUS      | 2026-03-31 | 2026-06-30
            INVESTIGATION               | STANDARD  | LESS_SERIOUS | 2026-12-31 | 2027-02-28
            INVESTIGATION               | STANDARD  | LESS_SERIOUS | 2027-12-31 | 2028-02-29
            INVESTIGATION               | STANDARD  | LESS_SERIOUS | 2027-12-29 | 2028-02-29
            INVESTIGATION               | STANDARD  | VERY_SERIOUS | 2026-10-31 | 2027-02-28
            INVESTIGATION               | STANDARD  | VERY_SERIOUS | 2027-10-31 | 2028-02-29
            INVESTIGATION               | STANDARD  | VERY_SERIOUS | 2028-10-31 | 2029-02-28
            INVESTIGATION               | RESUMED   | VERY_SERIOUS | 2028-11-30 | 2029-02-28
            TRIAL_PREPARATION           | STANDARD  | VERY_SERIOUS | 2027-12-31 | 2028-02-29
            TRIAL_PREPARATION           | STANDARD  | ESPECIALLY_SERIOUS | 2028-11-30 | 2029-02-28
            """)
    void monthLimitEndsOnSameNumberedDayOrLastDayOfMonth(Stage stage, RuleVariant variant, Severity severity,
                                                          LocalDate start, LocalDate expected) {
        TimeLimit limit = lastLimit(ENGINE.assess(severity, historyTo(stage, variant, start), NO_DAYS_OFF, start));
        assertEquals(expected, limit.baseDueDate());
    }

    /** Day limits: the day of the event is not counted, the limit ends at 24:00 of event date + N days. */
    @ParameterizedTest(name = "Điều 134: {0}/{1} from {2} ends {3} (day limit)")
    @CsvSource(delimiter = '|', textBlock = """
            PROSECUTION         | SERIOUS            | 2026-01-31 | 2026-02-20
            PROSECUTION         | SERIOUS            | 2026-12-20 | 2027-01-09
            PROSECUTION         | VERY_SERIOUS       | 2028-02-10 | 2028-03-11
            PROSECUTION         | VERY_SERIOUS       | 2026-02-10 | 2026-03-12
            TRIAL_OPENING       | SERIOUS            | 2028-02-20 | 2028-03-06
            TRIAL_PREPARATION   | SERIOUS            | 2026-12-31 | 2027-02-14
            REPORT_VERIFICATION | LESS_SERIOUS       | 2026-02-28 | 2026-03-20
            """)
    void dayLimitCountsFromTheDayAfterTheEvent(Stage stage, Severity severity, LocalDate start, LocalDate expected) {
        TimeLimit limit = lastLimit(ENGINE.assess(severity, historyTo(stage, RuleVariant.STANDARD, start),
                NO_DAYS_OFF, start));
        assertEquals(expected, limit.baseDueDate());
    }

    /**
     * Day-off rule with the 2026 holidays of {@link Fixtures#HOLIDAYS_2026}: a limit whose last period is in
     * months moves to the next working day; a limit in days does not (row note, day_off_shift WHEN_MONTHS).
     */
    @ParameterizedTest(name = "Điều 134: {0}/{1}/{2} from {3}: unshifted {4}, last day {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            INVESTIGATION               | STANDARD   | LESS_SERIOUS | 2026-03-02 | 2026-05-02 | 2026-05-04 | Saturday
            INVESTIGATION               | STANDARD   | LESS_SERIOUS | 2026-03-10 | 2026-05-10 | 2026-05-11 | Sunday
            INVESTIGATION               | STANDARD   | SERIOUS      | 2026-01-30 | 2026-04-30 | 2026-05-04 | 30 April, 1 May, weekend
            INVESTIGATION               | STANDARD   | SERIOUS      | 2025-10-01 | 2026-01-01 | 2026-01-02 | New Year
            INVESTIGATION               | STANDARD   | LESS_SERIOUS | 2026-07-01 | 2026-09-01 | 2026-09-03 | National Day
            INVESTIGATION               | STANDARD   | LESS_SERIOUS | 2026-02-27 | 2026-04-27 | 2026-04-28 | Hùng Kings day off
            SUPPLEMENTARY_INVESTIGATION | COURT      | SERIOUS      | 2026-01-16 | 2026-02-16 | 2026-02-23 | Tết and two weekends
            SUPPLEMENTARY_INVESTIGATION | PROCURACY  | SERIOUS      | 2025-12-14 | 2026-02-14 | 2026-02-23 | Saturday before Tết
            TRIAL_PREPARATION           | STANDARD   | VERY_SERIOUS | 2026-02-28 | 2026-04-28 | 2026-04-28 | working day, no shift
            PROSECUTION                 | SERIOUS    | SERIOUS      | 2026-04-10 | 2026-04-30 | 2026-04-30 | day limit on a holiday: no shift
            PROSECUTION                 | VERY_SERIOUS | VERY_SERIOUS | 2026-01-17 | 2026-02-16 | 2026-02-16 | day limit in Tết: no shift
            TRIAL_OPENING               | STANDARD   | SERIOUS      | 2026-03-06 | 2026-03-21 | 2026-03-21 | day limit on a Saturday: no shift
            APPEAL_PREPARATION          | PROVINCIAL | SERIOUS      | 2026-03-10 | 2026-05-09 | 2026-05-09 | day limit on a Saturday: no shift
            """)
    void dayOffRule(Stage stage, String variantOrSeverity, Severity severity, LocalDate start, LocalDate unshifted,
                    LocalDate expected, String why) {
        RuleVariant variant = stage == Stage.PROSECUTION ? RuleVariant.STANDARD : RuleVariant.valueOf(variantOrSeverity);
        TimeLimit limit = lastLimit(ENGINE.assess(severity, historyTo(stage, variant, start), VN_2026, start));
        assertEquals(expected, limit.baseDueDate(), why);
        TimeLimit plain = lastLimit(ENGINE.assess(severity, historyTo(stage, variant, start), NO_DAYS_OFF, start));
        assertEquals(unshifted, plain.baseDueDate(), "without days off");
    }

    /** A Saturday made a working day by an official day swap is not a day off. */
    @ParameterizedTest(name = "Điều 134, day swap: from {0} due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02 | 2026-05-02 | the Saturday is worked
            2026-03-10 | 2026-05-11 | the Sunday is still off
            """)
    void workedSaturdayIsNotADayOff(LocalDate start, LocalDate expected, String why) {
        DayOffCalendar swapped = Fixtures.VN_2026.withWorkingDays(Set.of(LocalDate.of(2026, 5, 2)));
        TimeLimit limit = lastLimit(ENGINE.assess(Severity.LESS_SERIOUS,
                historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, start), swapped, start));
        assertEquals(expected, limit.baseDueDate(), why);
    }

    /**
     * Extensions are added to the previous end date before its day-off shift; the shift is applied once to the
     * result, according to the unit of the last period added; an extension never brings the due date forward.
     */
    @ParameterizedTest(name = "Điều 134 + extension: {0} {1} from {2}, extensions [{3}]: base {4}, due {5} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            INVESTIGATION       | SERIOUS            | 2026-01-05 | INVESTIGATION_EXTENDED                               | 2026-04-06 | 2026-07-06 | +3M from unshifted Sunday 5 April lands on Sunday 5 July
            INVESTIGATION       | SERIOUS            | 2026-01-05 | INVESTIGATION_EXTENDED INVESTIGATION_EXTENDED        | 2026-04-06 | 2026-09-07 | +2M lands on Saturday 5 September
            INVESTIGATION       | SERIOUS            | 2026-01-05 | INVESTIGATION_EXTENDED:1M                            | 2026-04-06 | 2026-05-05 | partial extension
            INVESTIGATION       | SERIOUS            | 2026-01-05 | INVESTIGATION_EXTENDED:60D                           | 2026-04-06 | 2026-06-04 | extension in days, not over 3M
            INVESTIGATION       | SERIOUS            | 2025-10-30 | INVESTIGATION_EXTENDED:2M                            | 2026-01-30 | 2026-03-30 | 30 January + 2 months
            INVESTIGATION       | LESS_SERIOUS       | 2026-03-02 | INVESTIGATION_EXTENDED:1M                            | 2026-05-04 | 2026-06-02 | from unshifted Saturday 2 May, not from Monday 4 May
            REPORT_VERIFICATION | SERIOUS            | 2026-02-18 | REPORT_VERIFICATION_EXTENDED                         | 2026-03-10 | 2026-04-20 | Điều 147(2): prolonged to 2 months from receipt, Saturday 18 April: shifted
            REPORT_VERIFICATION | SERIOUS            | 2026-02-18 | REPORT_VERIFICATION_EXTENDED REPORT_VERIFICATION_EXTENDED | 2026-03-10 | 2026-06-18 | then + 2 months by the procuracy from unshifted 18 April
            TRIAL_PREPARATION   | VERY_SERIOUS       | 2026-03-10 | TRIAL_PREPARATION_EXTENDED                           | 2026-05-11 | 2026-06-09 | 30 days from unshifted Sunday 10 May
            TRIAL_PREPARATION   | VERY_SERIOUS       | 2026-03-14 | TRIAL_PREPARATION_EXTENDED                           | 2026-05-14 | 2026-06-13 | ends by a day extension on a Saturday: no shift
            TRIAL_PREPARATION   | VERY_SERIOUS       | 2025-12-16 | TRIAL_PREPARATION_EXTENDED:1D                        | 2026-02-23 | 2026-02-23 | 1 day after a base shifted over Tết: never earlier
            PROSECUTION         | ESPECIALLY_SERIOUS | 2026-03-10 | PROSECUTION_EXTENDED                                 | 2026-04-09 | 2026-05-09 | day limit on a Saturday: no shift
            PROSECUTION         | LESS_SERIOUS       | 2026-03-10 | PROSECUTION_EXTENDED:5D                              | 2026-03-30 | 2026-04-04 | partial
            TRIAL_OPENING       | LESS_SERIOUS       | 2026-03-10 | TRIAL_OPENING_EXTENDED                               | 2026-03-25 | 2026-04-09 | 30 with good reason
            """)
    void extensionsAreAddedToTheUnshiftedEnd(Stage stage, Severity severity, LocalDate start, String extensions,
                                             LocalDate baseDue, LocalDate due, String why) {
        List<ProcedureEvent> history = new java.util.ArrayList<>(historyTo(stage, RuleVariant.STANDARD, start));
        history.addAll(events(start, 0, extensions));
        TimeLimit limit = lastLimit(ENGINE.assess(severity, history, VN_2026, start));
        assertEquals(baseDue, limit.baseDueDate(), "base");
        assertEquals(due, limit.dueDate(), why);
        assertEquals(extensions.trim().split("\\s+").length, limit.extensionsUsed());
    }

    /** maxDueDate chains the remaining maximum extensions from the unshifted end. */
    @ParameterizedTest(name = "maxDueDate: {0} from {1}, {2} extension(s) used: max {3}")
    @CsvSource(delimiter = '|', textBlock = """
            SERIOUS            | 2026-11-30 | 0 | 2027-07-28
            SERIOUS            | 2026-11-30 | 1 | 2027-07-28
            SERIOUS            | 2026-11-30 | 2 | 2027-07-28
            ESPECIALLY_SERIOUS | 2026-01-31 | 0 | 2027-09-30
            LESS_SERIOUS       | 2027-12-31 | 0 | 2028-04-29
            """)
    void maxDueDateWithoutDaysOff(Severity severity, LocalDate start, int used, LocalDate maxDue) {
        List<ProcedureEvent> history = new java.util.ArrayList<>(
                historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, start));
        for (int i = 0; i < used; i++) {
            history.add(ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, start));
        }
        TimeLimit limit = lastLimit(ENGINE.assess(severity, history, NO_DAYS_OFF, start));
        assertEquals(maxDue, limit.maxDueDate());
        if (limit.extensionsLeft() == 0) {
            assertEquals(limit.dueDate(), limit.maxDueDate(), "nothing left: max is the due date");
        }
    }
}
