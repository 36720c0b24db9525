package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.check;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Suspension and restoration of a case at the procuracy (Điều 247, 249) and at the court (Điều 281, 283): the
 * suspension ends the running limit; on restoration the stage's limit runs afresh from the restoration decision,
 * with its own extension. Dates counted by hand with the 2026 holidays.
 */
class RestorationTest {

    /**
     * Trial preparation received Tuesday 10 March 2026, suspended 1 April (within every severity's limit),
     * restored Monday 15 June: Điều 277(1) afresh from 15 June.
     */
    @ParameterizedTest(name = "Điều 281, 283: {0} restored 2026-06-15: due {1}, with its extension at most {2}")
    @CsvSource(delimiter = '|', textBlock = """
            LESS_SERIOUS       | 2026-07-15 | 2026-07-30 | 30 days, + 15
            SERIOUS            | 2026-07-30 | 2026-08-14 | 45 days, + 15
            VERY_SERIOUS       | 2026-08-17 | 2026-09-14 | 2 months end Saturday 15 August: Monday 17; + 30 days from the unshifted 15 August
            ESPECIALLY_SERIOUS | 2026-09-15 | 2026-10-15 | 3 months, + 30 days
            """)
    void suspendedAndRestoredInTrialPreparation(Severity severity, LocalDate due, LocalDate max, String why) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD,
                d("2026-03-10")));
        history.add(ProcedureEvent.extension(EventType.TRIAL_PREPARATION_EXTENDED, d("2026-03-20")));
        history.add(ProcedureEvent.of(EventType.CASE_SUSPENDED, d("2026-04-01")));
        assertEquals(Stage.SUSPENDED, ENGINE.assess(severity, history, VN_2026, d("2026-04-02")).currentStage());
        history.add(ProcedureEvent.of(EventType.CASE_RESTORED, d("2026-06-15")));

        ProcedureAssessment a = ENGINE.assess(severity, history, VN_2026, d("2026-06-15"));
        TimeLimit before = a.timeLimits().get(a.timeLimits().size() - 2);
        assertEquals(Stage.TRIAL_PREPARATION, before.stage());
        assertEquals(d("2026-04-01"), before.endDate());
        assertEquals(DeadlineStatus.MET, before.status());
        TimeLimit restored = a.currentLimit().orElseThrow();
        assertEquals(Stage.TRIAL_PREPARATION, restored.stage());
        assertEquals(RuleVariant.RESTORED, restored.variant());
        assertEquals(d("2026-06-15"), restored.startDate());
        assertEquals(due, restored.dueDate(), why);
        assertEquals(0, restored.extensionsUsed(), "the extension before the suspension does not carry over");
        assertEquals(1, restored.extensionsLeft());
        assertEquals(max, restored.maxDueDate());
        assertTrue(restored.article().contains("Điều 283"), restored.article());
        assertEquals(Stage.TRIAL_PREPARATION, check(severity, history,
                ProcedureEvent.extension(EventType.TRIAL_PREPARATION_EXTENDED, due)));
    }

    /**
     * Điều 247, 249: the procuracy suspends and restores; Điều 240 afresh from the restoration (Monday 4 May 2026):
     * 20 or 30 days, a limit in days not moved.
     */
    @ParameterizedTest(name = "Điều 247, 249: {0} restored at the procuracy 2026-05-04: due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SERIOUS            | 2026-05-24 | 20 days, Sunday 24 May not moved
            ESPECIALLY_SERIOUS | 2026-06-03 | 30 days
            """)
    void suspendedAndRestoredAtTheProcuracy(Severity severity, LocalDate due, String why) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.PROSECUTION, RuleVariant.STANDARD,
                d("2026-03-10")));
        history.add(ProcedureEvent.of(EventType.CASE_SUSPENDED, d("2026-03-20")));
        history.add(ProcedureEvent.of(EventType.CASE_RESTORED, d("2026-05-04")));
        TimeLimit restored = ENGINE.assess(severity, history, VN_2026, d("2026-05-04")).currentLimit().orElseThrow();
        assertEquals(Stage.PROSECUTION, restored.stage());
        assertEquals(RuleVariant.RESTORED, restored.variant());
        assertEquals(due, restored.dueDate(), why);
        assertTrue(restored.article().contains("Điều 249"), restored.article());
    }
}
