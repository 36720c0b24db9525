package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.check;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crime reports (nguồn tin về tội phạm): Điều 147 (20 days, prolonged to at most 2 months from receipt, then once
 * by the procuracy for at most 2 months, requested 5 days before the end), Điều 148-149 (suspension, 1 month after
 * resumption), and the conversion into a case. A report received on Tuesday 10 March 2026, with the 2026 holidays;
 * every date counted by hand.
 */
class ReportVerificationTest {

    private static final LocalDate RECEIVED = d("2026-03-10");

    private static List<ProcedureEvent> report(String... more) {
        List<ProcedureEvent> history = new ArrayList<>();
        history.add(ProcedureEvent.of(EventType.REPORT_RECEIVED, RECEIVED));
        for (String m : more) {
            String[] tokenAndDate = m.split(" ");
            history.add(event(tokenAndDate[0], d(tokenAndDate[1])));
        }
        return history;
    }

    private static TimeLimit report(List<ProcedureEvent> history) {
        return Fixtures.lastLimit(ENGINE.assess(null, history, VN_2026, RECEIVED));
    }

    /**
     * Điều 147(2): the prolongation brings the whole limit to 2 months from receipt (10 May, a Sunday, so Monday 11
     * May, Điều 134), not 20 days + 2 months (30 May); the procuracy then extends once by at most 2 months, added to
     * the unshifted end (10 July); the request to the procuracy is due 5 days before the prolonged limit ends.
     */
    @ParameterizedTest(name = "Điều 147(2): {0} -> due {1}, request by {2}, {3} left, at most {4}")
    @CsvSource(delimiter = '|', textBlock = """
                                                                                                       | 2026-03-30 |            | 2 | 2026-07-10 | 20 days from receipt; the prolongation is decided by the investigators, no request
            REPORT_VERIFICATION_EXTENDED 2026-03-25                                                     | 2026-05-11 | 2026-05-06 | 1 | 2026-07-10 | prolonged to the maximum: 2 months from receipt, Sunday 10 May moved
            REPORT_VERIFICATION_EXTENDED 2026-03-25,REPORT_VERIFICATION_EXTENDED@VKS-01 2026-05-06      | 2026-07-10 |            | 0 | 2026-07-10 | then extended by the procuracy: 2 months from unshifted 10 May
            REPORT_VERIFICATION_EXTENDED:40D 2026-03-25                                                 | 2026-05-09 | 2026-05-04 | 1 | 2026-07-09 | prolonged by 40 days: 30 March + 40 days, a Saturday not moved (limit in days)
            REPORT_VERIFICATION_EXTENDED:41D 2026-03-25                                                 | 2026-05-10 | 2026-05-05 | 1 | 2026-07-10 | 41 days reach exactly 2 months from receipt
            REPORT_VERIFICATION_EXTENDED:1M 2026-03-25                                                  | 2026-05-04 | 2026-04-29 | 1 | 2026-06-30 | 30 March + 1 month = 30 April, holiday, 1 May, weekend: Monday 4 May
            REPORT_VERIFICATION_EXTENDED:40D 2026-03-25,REPORT_VERIFICATION_EXTENDED:1M 2026-05-04      | 2026-06-09 |            | 0 | 2026-06-09 | procuracy's month from unshifted Saturday 9 May
            """)
    void prolongedThenExtended(String extensions, LocalDate due, LocalDate requestBy, int left, LocalDate max,
                               String why) {
        List<ProcedureEvent> history = extensions == null ? report() : report(extensions.split(","));
        TimeLimit limit = report(history);
        assertEquals(d("2026-03-30"), limit.baseDueDate(), "Điều 147(1): 20 days");
        assertEquals(due, limit.dueDate(), why);
        assertEquals(requestBy, limit.lastDayToRequestExtension(), "Điều 147: 5 days before, to the procuracy");
        assertEquals(left, limit.extensionsLeft());
        assertEquals(max, limit.maxDueDate(), "at most 4 months from receipt in all");
        assertTrue(limit.article().contains("Điều 147 BLTTHS 2015"), limit.article());
    }

    @ParameterizedTest(name = "Điều 147(2): {0} refused with {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION_EXTENDED:42D                                    | deadline.extension.beyondProlongation | REPORT_VERIFICATION,1,2,MONTHS,42,DAYS | 30 March + 42 days passes 10 May
            REPORT_VERIFICATION_EXTENDED:2M                                     | deadline.extension.beyondProlongation | REPORT_VERIFICATION,1,2,MONTHS,2,MONTHS | the old reading: 20 days + 2 months
            REPORT_VERIFICATION_EXTENDED REPORT_VERIFICATION_EXTENDED:3M        | deadline.extension.tooLong            | REPORT_VERIFICATION,2,2,MONTHS,3,MONTHS | the procuracy: at most 2 months
            REPORT_VERIFICATION_EXTENDED REPORT_VERIFICATION_EXTENDED REPORT_VERIFICATION_EXTENDED | deadline.extension.exhausted | REPORT_VERIFICATION,2 | once by the procuracy
            """)
    void beyondTheLawIsRefused(String spec, String key, String arguments, String why) {
        List<ProcedureEvent> history = Fixtures.events(RECEIVED, 0, "REPORT_RECEIVED " + spec);
        ProcedureEvent last = history.remove(history.size() - 1);
        ProcedureViolation v = assertViolation(key, () -> check(null, history, last));
        assertEquals(arguments, String.join(",", java.util.Arrays.stream(v.getArguments()).map(String::valueOf)
                .toList()), why);
    }

    /**
     * Điều 148-149: the suspension ends the report limit (on time if on or before its last day); after
     * resumption the handling continues for at most 1 month, without extension.
     */
    @ParameterizedTest(name = "Điều 148-149: suspended {0} ({1}), resumed {2}: due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-30 | MET    | 2026-06-15 | 2026-07-15 | suspended on the last day of the 20 days
            2026-03-31 | MISSED | 2026-06-15 | 2026-07-15 | suspended the day after
            2026-03-20 | MET    | 2026-07-31 | 2026-08-31 | 31 August is a Monday (the fixture has no swap that day)
            2026-03-20 | MET    | 2026-12-31 | 2027-02-01 | 1 month ends Sunday 31 January 2027: moved (Điều 134)
            """)
    void suspendedAndResumed(LocalDate suspended, DeadlineStatus first, LocalDate resumed, LocalDate due,
                             String why) {
        List<ProcedureEvent> history = report("REPORT_HANDLING_SUSPENDED " + suspended,
                "REPORT_HANDLING_RESUMED " + resumed);
        ProcedureAssessment a = ENGINE.assess(null, history, VN_2026, resumed);
        assertEquals(Stage.REPORT_VERIFICATION, a.currentStage());
        assertEquals(2, a.timeLimits().size());
        TimeLimit before = a.timeLimits().get(0);
        assertEquals(suspended, before.endDate());
        assertEquals(first, before.status(), why);
        TimeLimit after = a.timeLimits().get(1);
        assertEquals(RuleVariant.RESUMED, after.variant());
        assertEquals(resumed, after.startDate());
        assertEquals(due, after.dueDate(), "Điều 149: 1 month from the resumption");
        assertEquals(0, after.extensionsLeft());
        assertNull(after.lastDayToRequestExtension());
        assertTrue(after.article().contains("Điều 149"), after.article());

        ProcedureViolation v = assertViolation("deadline.extension.exhausted", () -> check(null, history,
                ProcedureEvent.extension(EventType.REPORT_VERIFICATION_EXTENDED, resumed)));
        assertArrayEquals(new Object[] {Stage.REPORT_VERIFICATION, 0}, v.getArguments());
    }

    /**
     * Conversion: initiating the case closes the report limit on the initiation's date and starts the
     * investigation limit the same day (Điều 147(1)(a), 172(1)); no limit is left running twice, none is lost.
     */
    @ParameterizedTest(name = "case initiated {0}: report limit {1}, investigation due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-15 | MET    | 2026-07-15 | serious: 3 months from 15 April
            2026-05-11 | MET    | 2026-08-11 | on the last day of the prolonged report limit
            2026-05-12 | MISSED | 2026-08-12 | the day after
            """)
    void aReportBecomesACase(LocalDate initiated, DeadlineStatus reportStatus, LocalDate investigationDue,
                             String why) {
        List<ProcedureEvent> history = report("REPORT_VERIFICATION_EXTENDED 2026-03-25",
                "CASE_INITIATED " + initiated);
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, VN_2026, initiated);
        assertEquals(Stage.INVESTIGATION, a.currentStage());
        assertEquals(2, a.timeLimits().size());
        TimeLimit reportLimit = a.timeLimits().get(0);
        assertEquals(initiated, reportLimit.endDate());
        assertEquals(EventType.CASE_INITIATED, reportLimit.derivation().endEvent());
        assertEquals(reportStatus, reportLimit.status(), why);
        TimeLimit investigation = a.currentLimit().orElseThrow();
        assertEquals(Stage.INVESTIGATION, investigation.stage());
        assertEquals(initiated, investigation.startDate());
        assertEquals(investigationDue, investigation.dueDate());
        assertEquals(1, a.timeLimits().stream().filter(TimeLimit::isOpen).count(), "one limit runs");
    }

    @Test
    void aSuspendedReportIsResumedBeforeTheCaseIsInitiated() {
        List<ProcedureEvent> suspended = report("REPORT_HANDLING_SUSPENDED 2026-03-30");
        assertViolation("deadline.event.notAllowedInStage", () -> check(Severity.SERIOUS, suspended,
                ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-05-04"))));
        List<ProcedureEvent> resumed = report("REPORT_HANDLING_SUSPENDED 2026-03-30",
                "REPORT_HANDLING_RESUMED 2026-05-04");
        assertEquals(Stage.INVESTIGATION, check(Severity.SERIOUS, resumed,
                ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-05-04"))));
    }
}
