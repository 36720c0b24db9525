package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Limits that started before 1 January 2018 follow the Criminal Procedure Code 2003 (Điều 103, 119, 121, 166, 176,
 * 242) and cite it; from that day the 2015 Code. Counted with the calendar the migrations seed (2016 to 2018), by
 * hand.
 */
class Code2003Test {

    private static final DayOffCalendar SEEDED = SeededCalendar.load();

    /** Acts of Thursday 10 March 2016. */
    @ParameterizedTest(name = "{6}: {0}/{1}/{2} of 2016: base {3}, {4} extension(s), max {5}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION         | STANDARD        | SERIOUS            | 2016-03-30 | 1 | 2016-05-10 | Điều 103 BLTTHS 2003
            INVESTIGATION               | STANDARD        | ESPECIALLY_SERIOUS | 2016-07-11 | 4 | 2017-11-10 | Điều 119 BLTTHS 2003
            INVESTIGATION               | STANDARD        | SERIOUS            | 2016-06-10 | 2 | 2016-11-10 | Điều 119 BLTTHS 2003
            INVESTIGATION               | RESUMED         | LESS_SERIOUS       | 2016-05-10 | 0 | 2016-05-10 | Điều 121, Điều 165 BLTTHS 2003
            SUPPLEMENTARY_INVESTIGATION | PROCURACY       | SERIOUS            | 2016-05-10 | 0 | 2016-05-10 | Điều 121 BLTTHS 2003
            SUPPLEMENTARY_INVESTIGATION | PRESIDING_JUDGE | SERIOUS            | 2016-04-11 | 0 | 2016-04-11 | Điều 121
            PROSECUTION                 | STANDARD        | SERIOUS            | 2016-03-30 | 1 | 2016-04-09 | Điều 166 BLTTHS 2003
            TRIAL_PREPARATION           | STANDARD        | VERY_SERIOUS       | 2016-05-10 | 1 | 2016-06-09 | Điều 176 BLTTHS 2003
            TRIAL_OPENING               | STANDARD        | VERY_SERIOUS       | 2016-03-25 | 1 | 2016-04-09 | Điều 176 BLTTHS 2003
            APPEAL_PREPARATION          | PROVINCIAL      | VERY_SERIOUS       | 2016-05-09 | 0 | 2016-05-09 | Điều 242 BLTTHS 2003
            """)
    void anActOf2016FollowsThe2003Code(Stage stage, RuleVariant variant, Severity severity, LocalDate baseDue,
                                       int extensions, LocalDate maxDue, String article) {
        LocalDate start = d("2016-03-10");
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(severity, historyTo(stage, variant, start), SEEDED, start));
        assertEquals(ProcedureCode.BLTTHS_2003, limit.code());
        assertTrue(limit.article().contains(article), limit.article());
        assertEquals(baseDue, limit.baseDueDate());
        assertEquals(extensions, limit.extensionsLeft());
        assertEquals(maxDue, limit.maxDueDate());
        assertTrue(limit.flags().isEmpty(), "2016 and 2017 have their lunar holidays: " + limit.flags());
    }

    /** Điều 103 BLTTHS 2003: prolonged to 2 months, no procuracy extension, so no request deadline. */
    @Test
    void a2016ReportHasOneProlongationOnly() {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.REPORT_VERIFICATION, RuleVariant.STANDARD,
                d("2016-03-10")));
        history.add(ProcedureEvent.extension(EventType.REPORT_VERIFICATION_EXTENDED, d("2016-03-25")));
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(null, history, SEEDED, d("2016-03-25")));
        assertEquals(d("2016-05-10"), limit.dueDate());
        assertNull(limit.lastDayToRequestExtension());
        ProcedureViolation v = assertViolation("deadline.extension.exhausted", () -> ENGINE.check(null, history,
                ProcedureEvent.extension(EventType.REPORT_VERIFICATION_EXTENDED, d("2016-04-01")), SEEDED));
        assertArrayEquals(new Object[] {Stage.REPORT_VERIFICATION, 1}, v.getArguments());
    }

    /** The 2003 Code had no suspension of report handling, so no limit after a resumption before 2018. */
    @ParameterizedTest(name = "report resumed {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-06-01 |            | no row: Điều 149 BLTTHS 2015 not in force
            2018-03-01 | 2018-04-02 | Điều 149 BLTTHS 2015: 1 month, Sunday 1 April moved
            """)
    void aReportResumedBefore2018HasNoRow(LocalDate resumed, LocalDate due, String why) {
        List<ProcedureEvent> history = new ArrayList<>(List.of(
                ProcedureEvent.of(EventType.REPORT_RECEIVED, d("2017-03-01")),
                ProcedureEvent.of(EventType.REPORT_HANDLING_SUSPENDED, d("2017-03-21"))));
        ProcedureEvent resumption = ProcedureEvent.of(EventType.REPORT_HANDLING_RESUMED, resumed);
        if (due == null) {
            ProcedureViolation v = assertViolation("deadline.rules.notInForce",
                    () -> ENGINE.check(null, history, resumption, SEEDED));
            assertArrayEquals(new Object[] {Stage.REPORT_VERIFICATION, RuleVariant.RESUMED, resumed},
                    v.getArguments(), why);
        } else {
            history.add(resumption);
            TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(null, history, SEEDED, resumed));
            assertEquals(ProcedureCode.BLTTHS_2015, limit.code());
            assertEquals(due, limit.dueDate(), why);
        }
    }

    /**
     * The Code in force on the day the limit starts: a file concluded on 25 December 2017 and received by the
     * procuracy on the 31st follows Điều 166 of 2003; received on 2 January 2018, Điều 240 of 2015.
     */
    @ParameterizedTest(name = "concluded 2017-12-25, received {0}: {1}, due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-12-31 | BLTTHS_2003 | 2018-01-20 | Điều 166 BLTTHS 2003
            2018-01-02 | BLTTHS_2015 | 2018-01-22 | Điều 240 BLTTHS 2015
            """)
    void theCodeOfTheDayTheLimitStarts(LocalDate received, ProcedureCode code, LocalDate due, String article) {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2017-11-01")),
                ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2017-12-25")).receivedOn(received));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, SEEDED, received);
        assertEquals(ProcedureCode.BLTTHS_2003, a.timeLimits().get(0).code(), "the investigation began in 2017");
        TimeLimit prosecution = a.currentLimit().orElseThrow();
        assertEquals(code, prosecution.code());
        assertTrue(prosecution.article().contains(article), prosecution.article());
        assertEquals(due, prosecution.dueDate());
    }

    /**
     * A limit keeps the row it started under: a serious investigation initiated 1 November 2017 (3 months: 1
     * February 2018) extended in January 2018 by 3 months: 1 May 2018, a holiday (30 April a Monday holiday
     * too): Wednesday 2 May, under Điều 119 BLTTHS 2003.
     */
    @Test
    void anExtensionIn2018OfALimitThatStartedIn2017() {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2017-11-01")),
                ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2018-01-20")));
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, history, SEEDED, d("2018-01-20")));
        assertEquals(d("2018-02-01"), limit.baseDueDate());
        assertEquals(d("2018-05-02"), limit.dueDate());
        assertEquals(ProcedureCode.BLTTHS_2003, limit.code());
        assertTrue(limit.article().contains("Điều 119 BLTTHS 2003"), limit.article());
    }
}
