package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.WEEKENDS;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.events;
import static vn.theodoi.deadline.Fixtures.historyTo;
import static vn.theodoi.deadline.Fixtures.lastLimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses and the last day to request an extension (Điều 172(2): warn before it, not on the last day). */
class StatusTest {

    private static final LocalDate START = d("2026-03-10");

    /**
     * Less serious investigation from 10 March 2026: due Monday 11 May, last day to request 1 May, warning window
     * 15 days, so DUE_SOON from 16 April (request trigger) and from 26 April (due-date trigger).
     */
    @ParameterizedTest(name = "Điều 172(2): today {0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | ON_TRACK | start
            2026-04-15 | ON_TRACK | day before the request warning
            2026-04-16 | DUE_SOON | 15 days before the last day to request an extension
            2026-05-01 | DUE_SOON | last day to request
            2026-05-11 | DUE_SOON | due date
            2026-05-12 | OVERDUE  | day after the due date
            """)
    void openInvestigationWithAnExtensionLeft(LocalDate today, DeadlineStatus expected, String why) {
        TimeLimit limit = lastLimit(ENGINE.assess(Severity.LESS_SERIOUS,
                historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, START), WEEKENDS, today));
        assertEquals(d("2026-05-11"), limit.dueDate());
        assertEquals(d("2026-05-01"), limit.lastDayToRequestExtension());
        assertEquals(expected, limit.status(), why);
    }

    /** Once extended (no extension left) only the due-date trigger remains: due Friday 10 July. */
    @ParameterizedTest(name = "Điều 172(2), extended: today {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-24 | ON_TRACK
            2026-06-25 | DUE_SOON
            2026-07-10 | DUE_SOON
            2026-07-11 | OVERDUE
            """)
    void extendedInvestigationWithoutExtensionLeft(LocalDate today, DeadlineStatus expected) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, START));
        history.add(ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-04-20")));
        TimeLimit limit = lastLimit(ENGINE.assess(Severity.LESS_SERIOUS, history, WEEKENDS, today));
        assertEquals(d("2026-07-10"), limit.dueDate());
        assertNull(limit.lastDayToRequestExtension());
        assertEquals(expected, limit.status());
    }

    /** Prosecution (Điều 240) sets no request deadline: only the due date (30 March) triggers the warning. */
    @ParameterizedTest(name = "Điều 240: today {0} -> {1} with dueSoonDays {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-14 | ON_TRACK | 15
            2026-03-15 | DUE_SOON | 15
            2026-03-30 | DUE_SOON | 15
            2026-03-31 | OVERDUE  | 15
            2026-03-29 | ON_TRACK | 0
            2026-03-30 | DUE_SOON | 0
            2026-03-22 | ON_TRACK | 7
            2026-03-23 | DUE_SOON | 7
            """)
    void prosecutionWarnsOnlyBeforeItsDueDate(LocalDate today, DeadlineStatus expected, int dueSoonDays) {
        DeadlineEngine engine = new DeadlineEngine(Fixtures.RULES, dueSoonDays);
        TimeLimit limit = lastLimit(engine.assess(Severity.SERIOUS,
                historyTo(Stage.PROSECUTION, RuleVariant.STANDARD, START), WEEKENDS, today));
        assertNull(limit.lastDayToRequestExtension());
        assertEquals(d("2026-03-30"), limit.dueDate());
        assertEquals(expected, limit.status());
    }

    /** A stage left on or before its due date is MET, after it MISSED, whatever today is. */
    @ParameterizedTest(name = "Điều 240: indicted on {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-11 | MET
            2026-03-30 | MET
            2026-03-31 | MISSED
            2026-05-01 | MISSED
            """)
    void endedStageIsMetOrMissed(LocalDate indicted, DeadlineStatus expected) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.PROSECUTION, RuleVariant.STANDARD, START));
        history.add(ProcedureEvent.of(EventType.INDICTED, indicted));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, WEEKENDS, d("2027-01-01"));
        TimeLimit limit = lastLimit(a);
        assertEquals(indicted, limit.endDate());
        assertEquals(expected, limit.status());
        assertEquals(Stage.INDICTED, a.currentStage());
        assertEquals(true, a.currentLimit().isEmpty());
    }

    /** The last day to request an extension is the due date minus 10 days for every investigation row. */
    @ParameterizedTest(name = "Điều 172(2)/174(1): {0}/{1} with {2} extension(s): due {3}, request by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            STANDARD | LESS_SERIOUS       | 0 | 2026-05-11 | 2026-05-01
            STANDARD | SERIOUS            | 0 | 2026-06-10 | 2026-05-31
            STANDARD | SERIOUS            | 1 | 2026-09-10 | 2026-08-31
            STANDARD | SERIOUS            | 2 | 2026-11-10 |
            STANDARD | VERY_SERIOUS       | 0 | 2026-07-10 | 2026-06-30
            STANDARD | VERY_SERIOUS       | 1 | 2026-11-10 | 2026-10-31
            STANDARD | ESPECIALLY_SERIOUS | 3 | 2027-07-12 | 2027-07-02
            STANDARD | ESPECIALLY_SERIOUS | 4 | 2027-11-10 |
            RESUMED  | LESS_SERIOUS       | 0 | 2026-05-11 | 2026-05-01
            RESUMED  | ESPECIALLY_SERIOUS | 0 | 2026-06-10 | 2026-05-31
            RESUMED  | ESPECIALLY_SERIOUS | 1 | 2026-09-10 |
            """)
    void lastDayToRequestExtension(RuleVariant variant, Severity severity, int used, LocalDate due,
                                   LocalDate lastDay) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.INVESTIGATION, variant, START));
        for (int i = 0; i < used; i++) {
            history.add(ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, START));
        }
        TimeLimit limit = lastLimit(ENGINE.assess(severity, history, WEEKENDS, START));
        assertEquals(due, limit.dueDate());
        assertEquals(lastDay, limit.lastDayToRequestExtension());
    }

    /**
     * Stages whose rows set no request deadline never have one; a crime report has none before its prolongation
     * (decided by the investigators themselves, Điều 147(2)).
     */
    @ParameterizedTest(name = "{0}/{1}: no request deadline")
    @CsvSource({"REPORT_VERIFICATION, STANDARD", "REPORT_VERIFICATION, RESUMED", "PROSECUTION, STANDARD",
            "TRIAL_PREPARATION, STANDARD", "TRIAL_OPENING, STANDARD", "TRIAL_POSTPONED, STANDARD",
            "SUPPLEMENTARY_INVESTIGATION, PRESIDING_JUDGE", "APPEAL_PREPARATION, SUPREME"})
    void noRequestDeadlineOutsideInvestigation(Stage stage, RuleVariant variant) {
        TimeLimit limit = lastLimit(ENGINE.assess(Severity.VERY_SERIOUS, historyTo(stage, variant, START),
                WEEKENDS, START));
        assertNull(limit.lastDayToRequestExtension());
    }

    @ParameterizedTest(name = "today {0}: {1}")
    @CsvSource({"2026-03-20, 'CASE_INITIATED INVESTIGATION_CONCLUDED'"})
    void currentLimitIsTheOpenOne(LocalDate today, String spec) {
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, events(START, 1, spec), WEEKENDS, today);
        assertEquals(Stage.PROSECUTION, a.currentLimit().orElseThrow().stage());
        assertEquals(DeadlineStatus.MET, a.timeLimits().get(0).status());
    }
}
