package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.WEEKENDS;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suspension and resumption (Điều 229, 235, 174(1)) and supplementary investigation (Điều 174(2)). */
class SuspensionAndReturnTest {

    /** Serious case initiated 5 January 2026 (due 6 April), suspended on the given day, resumed 1 June. */
    @ParameterizedTest(name = "Điều 229/235: suspended {0} -> old limit {1}; resumed limit due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-01 | MET    | 2026-08-03
            2026-04-06 | MET    | 2026-08-03
            2026-04-07 | MISSED | 2026-08-03
            """)
    void suspensionEndsTheLimitAndResumptionStartsANewOne(LocalDate suspended, DeadlineStatus oldStatus,
                                                          LocalDate newDue) {
        List<ProcedureEvent> history = List.of(
                ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05")),
                ProcedureEvent.of(EventType.INVESTIGATION_SUSPENDED, suspended),
                ProcedureEvent.of(EventType.INVESTIGATION_RESUMED, d("2026-06-01")));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, WEEKENDS, d("2026-06-02"));

        assertEquals(Stage.INVESTIGATION, a.currentStage());
        assertEquals(2, a.timeLimits().size(), "the suspension itself has no limit");
        TimeLimit old = a.timeLimits().get(0);
        assertEquals(d("2026-04-06"), old.dueDate());
        assertEquals(suspended, old.endDate());
        assertEquals(oldStatus, old.status());
        assertEquals(RuleVariant.STANDARD, old.variant());

        TimeLimit resumed = a.timeLimits().get(1);
        assertEquals(RuleVariant.RESUMED, resumed.variant());
        assertEquals(d("2026-06-01"), resumed.startDate());
        assertEquals(newDue, resumed.dueDate(), "2 months from resumption, 1 August is a Saturday");
        assertEquals(1, resumed.extensionsLeft());
        assertEquals(0, resumed.extensionsUsed(), "extensions of the first limit do not carry over");
        assertEquals(DeadlineStatus.ON_TRACK, resumed.status());
    }

    @ParameterizedTest(name = "Điều 174(1): a resumed investigation of {0} allows one extension of {1}")
    @CsvSource({"SERIOUS, 2M", "ESPECIALLY_SERIOUS, 3M"})
    void resumedInvestigationHasItsOwnSingleExtension(Severity severity, String max) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(
                "CASE_INITIATED INVESTIGATION_EXTENDED INVESTIGATION_SUSPENDED INVESTIGATION_RESUMED"));
        history.add(event("INVESTIGATION_EXTENDED:" + max, d("2026-04-01")));
        ProcedureViolation v = assertViolation("deadline.extension.exhausted", () -> Fixtures.check(severity,
                history, ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-04-02"))));
        assertArrayEquals(new Object[] {Stage.INVESTIGATION, 1}, v.getArguments());
    }

    private static final String TO_PROSECUTION = "CASE_INITIATED INVESTIGATION_CONCLUDED";
    private static final String BY_PROCURACY =
            " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY INVESTIGATION_CONCLUDED";

    /** Điều 174(2): the procuracy returns a file at most twice; the court's returns are {@link CourtReturnTest}'s. */
    @ParameterizedTest(name = "Điều 174(2): the procuracy returned {0} time(s), one more: refused={1}")
    @CsvSource({"0, false", "1, false", "2, true"})
    void procuracyMayReturnTwice(int returns, boolean refused) {
        List<ProcedureEvent> history = Fixtures.events(d("2026-01-05"), 1, TO_PROSECUTION + BY_PROCURACY.repeat(returns));
        ProcedureEvent another = ProcedureEvent.returned(d("2026-01-20"), ReturnedBy.PROCURACY);
        if (refused) {
            ProcedureViolation v = assertViolation("deadline.return.limitReached",
                    () -> Fixtures.check(Severity.SERIOUS, history, another));
            assertArrayEquals(new Object[] {ReturnedBy.PROCURACY, 2}, v.getArguments());
            assertEquals(history.size(), v.getEventIndex());
        } else {
            assertEquals(Stage.SUPPLEMENTARY_INVESTIGATION, Fixtures.check(Severity.SERIOUS, history, another));
        }
    }

    @ParameterizedTest(name = "Điều 174(2): returned by {0} on {1}: due {2}, then a new prosecution limit")
    @CsvSource(delimiter = '|', textBlock = """
            PROCURACY       | 2026-03-10 | 2026-05-11
            PRESIDING_JUDGE | 2026-03-10 | 2026-04-10
            TRIAL_PANEL     | 2026-03-10 | 2026-04-10
            PROCURACY       | 2026-01-31 | 2026-03-31
            PRESIDING_JUDGE | 2026-01-31 | 2026-03-02
            """)
    void supplementaryInvestigationPeriods(RuleVariant by, LocalDate returned, LocalDate due) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.historyTo(Stage.SUPPLEMENTARY_INVESTIGATION,
                by, returned));
        history.add(ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, returned.plusDays(20)));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, WEEKENDS, returned.plusDays(21));

        TimeLimit supplementary = a.timeLimits().get(a.timeLimits().size() - 2);
        assertEquals(Stage.SUPPLEMENTARY_INVESTIGATION, supplementary.stage());
        assertEquals(due, supplementary.dueDate());
        assertEquals(0, supplementary.extensionsLeft(), "no extension of supplementary investigation");
        assertEquals(DeadlineStatus.MET, supplementary.status());

        TimeLimit prosecution = Fixtures.lastLimit(a);
        assertEquals(Stage.PROSECUTION, prosecution.stage());
        assertEquals(by, supplementary.variant());
        assertEquals(returned.plusDays(20), prosecution.startDate());
        assertEquals(returned.plusDays(40), prosecution.dueDate(), "20 days, Điều 240");
        assertEquals(Stage.PROSECUTION, a.currentStage());
    }
}
