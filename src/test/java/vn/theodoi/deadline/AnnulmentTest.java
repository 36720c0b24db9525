package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.check;
import static vn.theodoi.deadline.Fixtures.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A judgment annulled on appeal (Điều 358): for re-investigation, the Điều 172 limits from the day the
 * investigators receive the file (Điều 174(3)); for retrial, the Điều 277(1) limits from the day the court receives
 * it. Dates counted by hand with the 2026 holidays.
 */
class AnnulmentTest {

    private static final String TO_APPEAL_HEARING = "CASE_INITIATED INVESTIGATION_CONCLUDED"
            + " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY INVESTIGATION_CONCLUDED"
            + " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY INVESTIGATION_CONCLUDED INDICTED"
            + " FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED FIRST_INSTANCE_JUDGMENT APPEAL_FILED"
            + " APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_OPENED";

    private static List<ProcedureEvent> annulled(EventType annulment, LocalDate decided, LocalDate received) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(d("2025-09-01"), 5, TO_APPEAL_HEARING));
        history.add(ProcedureEvent.of(annulment, decided).receivedOn(received));
        return history;
    }

    @ParameterizedTest(name = "Điều 358, 174(3): {0} annulled for re-investigation {1}, received {2}: due {3}, {4} extension(s)")
    @CsvSource(delimiter = '|', textBlock = """
            VERY_SERIOUS       | 2026-06-01 | 2026-06-10 | 2026-10-12 | 2 | 4 months from receipt end Saturday 10 October: Monday 12
            ESPECIALLY_SERIOUS | 2026-06-01 | 2026-06-10 | 2026-10-12 | 4 | Điều 172(2)(d), (3)
            LESS_SERIOUS       | 2026-06-01 |            | 2026-08-03 | 1 | received the same day: 1 August is a Saturday
            """)
    void annulledForReinvestigation(Severity severity, LocalDate decided, LocalDate received, LocalDate due,
                                    int extensions, String why) {
        ProcedureAssessment a = ENGINE.assess(severity,
                annulled(EventType.JUDGMENT_ANNULLED_FOR_REINVESTIGATION, decided, received), VN_2026, decided);
        TimeLimit limit = a.currentLimit().orElseThrow();
        assertEquals(Stage.INVESTIGATION, a.currentStage());
        assertEquals(RuleVariant.REINVESTIGATION, limit.variant());
        assertEquals(received == null ? decided : received, limit.startDate());
        assertEquals(decided, limit.derivation().startEventDate());
        assertEquals(EventType.JUDGMENT_ANNULLED_FOR_REINVESTIGATION, limit.derivation().startEvent());
        assertEquals(due, limit.dueDate(), why);
        assertEquals(extensions, limit.extensionsLeft());
        assertTrue(limit.article().contains("Điều 174"), limit.article());
    }

    @ParameterizedTest(name = "Điều 358, 277(1): {0} annulled for retrial {1}, received {2}: due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            SERIOUS      | 2026-06-01 | 2026-06-08 | 2026-07-23 | 45 days from receipt
            VERY_SERIOUS | 2026-06-01 | 2026-06-08 | 2026-08-10 | 2 months from receipt end Saturday 8 August: Monday 10
            """)
    void annulledForRetrial(Severity severity, LocalDate decided, LocalDate received, LocalDate due, String why) {
        TimeLimit limit = ENGINE.assess(severity, annulled(EventType.JUDGMENT_ANNULLED_FOR_RETRIAL, decided,
                received), VN_2026, decided).currentLimit().orElseThrow();
        assertEquals(Stage.TRIAL_PREPARATION, limit.stage());
        assertEquals(RuleVariant.RETRIAL, limit.variant());
        assertEquals(received, limit.startDate());
        assertEquals(due, limit.dueDate(), why);
        assertEquals(1, limit.extensionsLeft());
    }

    /** Nothing of the new investigation can happen before the investigators have the file. */
    @Test
    void anEventBeforeTheReceiptIsRefused() {
        List<ProcedureEvent> history = annulled(EventType.JUDGMENT_ANNULLED_FOR_REINVESTIGATION, d("2026-06-01"),
                d("2026-06-10"));
        ProcedureViolation v = assertViolation("deadline.event.beforeReceipt", () -> check(Severity.SERIOUS, history,
                ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-06-05"))));
        assertEquals(history.size(), v.getEventIndex());
        assertEquals(Stage.INVESTIGATION, check(Severity.SERIOUS, history,
                ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-06-10"))));
    }

    /**
     * Reading written on the supplementary investigation rows: the procuracy, which had used both its returns
     * before the judgment, may return the file of the new proceeding.
     */
    @Test
    void theReturnsCountAgainInTheNewProceeding() {
        List<ProcedureEvent> history = annulled(EventType.JUDGMENT_ANNULLED_FOR_REINVESTIGATION, d("2026-06-01"),
                null);
        history.add(ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-07-01")));
        assertEquals(Stage.SUPPLEMENTARY_INVESTIGATION, check(Severity.SERIOUS, history,
                ProcedureEvent.returned(d("2026-07-10"), ReturnedBy.PROCURACY)));
    }

    @Test
    void annulledAtAnAppealHearingWhoseOpeningWasNotRecordedIsFlagged() {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(d("2025-09-01"), 5,
                TO_APPEAL_HEARING.replace(" APPEAL_TRIAL_OPENED", "")));
        history.add(ProcedureEvent.of(EventType.JUDGMENT_ANNULLED_FOR_RETRIAL, d("2026-01-20")));
        TimeLimit appeal = ENGINE.assess(Severity.SERIOUS, history, VN_2026, d("2026-01-20")).timeLimits().stream()
                .filter(t -> t.stage() == Stage.APPEAL_PREPARATION).findFirst().orElseThrow();
        assertEquals(List.of(LimitFlag.HEARING_DATE_NOT_RECORDED), appeal.flags());
    }
}
