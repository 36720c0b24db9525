package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.check;
import static vn.theodoi.deadline.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events entered late (DOMAIN.md section 4): an event dated before events already recorded is accepted when the
 * history, taken in date order, is lawful; the whole history is then derived again. Refused when it makes the
 * history unlawful, naming the event that no longer fits.
 */
class LateEntryTest {

    private static final ProcedureEvent INITIATED = ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05"));
    private static final ProcedureEvent CONCLUDED = ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED,
            d("2026-06-01"));

    /**
     * Điều 172(2)(b): a serious case initiated 5 January 2026, due Monday 6 April (5 April is a Sunday); concluded
     * 1 June it looks late until the extension decided on 20 March is entered: due 6 July (5 July a Sunday).
     */
    @Test
    void anExtensionEnteredAfterTheConclusionIsAcceptedAndTheLimitCountedAgain() {
        List<ProcedureEvent> recorded = List.of(INITIATED, CONCLUDED);
        assertEquals(DeadlineStatus.MISSED, ENGINE.assess(Severity.SERIOUS, recorded, VN_2026, d("2026-06-02"))
                .timeLimits().get(0).status());

        ProcedureEvent extension = ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-03-20"));
        assertEquals(Stage.PROSECUTION, check(Severity.SERIOUS, recorded, extension));
        List<ProcedureEvent> entered = new ArrayList<>(recorded);
        entered.add(extension);
        TimeLimit investigation = ENGINE.assess(Severity.SERIOUS, entered, VN_2026, d("2026-06-02")).timeLimits()
                .get(0);
        assertEquals(1, investigation.extensionsUsed());
        assertEquals(d("2026-07-06"), investigation.dueDate());
        assertEquals(DeadlineStatus.MET, investigation.status());
    }

    /** Điều 147, 172: the crime report entered after the case it led to. */
    @Test
    void theReportEnteredAfterTheCase() {
        List<ProcedureEvent> recorded = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-03-10")));
        ProcedureEvent report = ProcedureEvent.of(EventType.REPORT_RECEIVED, d("2026-02-20"));
        assertEquals(Stage.INVESTIGATION, check(Severity.SERIOUS, recorded, report));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, List.of(recorded.get(0), report), VN_2026,
                d("2026-03-10"));
        TimeLimit reportLimit = a.timeLimits().get(0);
        assertEquals(Stage.REPORT_VERIFICATION, reportLimit.stage());
        assertEquals(d("2026-03-12"), reportLimit.dueDate(), "20 February + 20 days");
        assertEquals(d("2026-03-10"), reportLimit.endDate());
        assertEquals(DeadlineStatus.MET, reportLimit.status());
    }

    /** Điều 229: a suspension entered late, dated before the recorded conclusion, would leave it unlawful. */
    @Test
    void aLateEventThatMakesARecordedOneUnlawfulIsRefusedNamingIt() {
        List<ProcedureEvent> recorded = List.of(INITIATED, CONCLUDED);
        ProcedureViolation v = assertViolation("deadline.event.notAllowedInStage", () -> check(Severity.SERIOUS,
                recorded, ProcedureEvent.of(EventType.INVESTIGATION_SUSPENDED, d("2026-02-01"))));
        assertEquals(1, v.getEventIndex(), "the recorded conclusion no longer fits");
        assertArrayEquals(new Object[] {EventType.INVESTIGATION_CONCLUDED, Stage.SUSPENDED}, v.getArguments());
    }

    @Test
    void theSameHistoryInAnyOrderOfEntryGivesTheSameLimits() {
        List<ProcedureEvent> inOrder = Fixtures.events(d("2026-01-05"), 20,
                "REPORT_RECEIVED CASE_INITIATED INVESTIGATION_EXTENDED INVESTIGATION_CONCLUDED INDICTED");
        List<ProcedureEvent> shuffled = List.of(inOrder.get(3), inOrder.get(0), inOrder.get(4), inOrder.get(2),
                inOrder.get(1));
        assertEquals(ENGINE.assess(Severity.SERIOUS, inOrder, VN_2026, d("2026-12-31")),
                ENGINE.assess(Severity.SERIOUS, shuffled, VN_2026, d("2026-12-31")));
    }

    /** Events of the same day keep the order of entry: an extension entered before the initiation is refused. */
    @Test
    void eventsOfTheSameDayKeepTheirOrder() {
        ProcedureEvent sameDay = ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-01-05"));
        assertEquals(Stage.INVESTIGATION, check(Severity.SERIOUS, List.of(INITIATED), sameDay));
        ProcedureViolation v = assertViolation("deadline.event.firstEventInvalid",
                () -> ENGINE.assess(Severity.SERIOUS, List.of(sameDay, INITIATED), VN_2026, d("2026-01-05")));
        assertEquals(0, v.getEventIndex());
    }
}
