package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Receipt is not decision: where the law counts the next limit from the receipt of the file (Điều 240: the
 * procuracy receives the file and the conclusion; Điều 174(2): the investigators receive the returned file), the
 * body passing the file on ends its own limit on the day of its decision ({@code date}) and the next limit starts
 * on the receipt ({@code fileReceivedDate}, the same day when not given).
 */
class ReceiptTest {

    /** A serious case initiated Monday 5 January 2026 (investigation due 6 April), concluded on the given day. */
    @ParameterizedTest(name = "Điều 240: concluded {0}, received {1}: investigation ended {0} ({2}), prosecution due {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | 2026-03-16 | MET    | 2026-04-05 | 20 days from the receipt, Sunday not moved
            2026-03-10 |            | MET    | 2026-03-30 | received the same day
            2026-04-06 | 2026-04-10 | MET    | 2026-04-30 | concluded on the last day, received 4 days later: on time
            2026-04-07 | 2026-04-07 | MISSED | 2026-04-27 | concluded the day after the limit
            """)
    void theProsecutionCountsFromTheProcuracysReceipt(LocalDate concluded, LocalDate received,
                                                      DeadlineStatus investigation, LocalDate prosecutionDue,
                                                      String why) {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05")),
                ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, concluded).receivedOn(received));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, VN_2026, concluded);
        assertEquals(concluded, a.timeLimits().get(0).endDate());
        assertEquals(investigation, a.timeLimits().get(0).status());
        TimeLimit prosecution = a.currentLimit().orElseThrow();
        assertEquals(received == null ? concluded : received, prosecution.startDate());
        assertEquals(prosecutionDue, prosecution.dueDate(), why);
    }

    /** Điều 174(2): returned by the procuracy on Wednesday 1 April, received by the investigators on 6 April. */
    @Test
    void theSupplementaryInvestigationCountsFromTheInvestigatorsReceipt() {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05")),
                ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-03-10")).receivedOn(d("2026-03-16")),
                ProcedureEvent.returned(d("2026-04-01"), ReturnedBy.PROCURACY).receivedOn(d("2026-04-06")));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, VN_2026, d("2026-04-06"));
        TimeLimit prosecution = a.timeLimits().get(1);
        assertEquals(d("2026-04-01"), prosecution.endDate(), "the procuracy's limit ends on its decision");
        assertEquals(DeadlineStatus.MET, prosecution.status(), "due 5 April, returned 1 April");
        TimeLimit supplementary = a.currentLimit().orElseThrow();
        assertEquals(d("2026-04-06"), supplementary.startDate());
        assertEquals(d("2026-06-08"), supplementary.dueDate(), "2 months: Saturday 6 June, moved to Monday 8");
    }

    @Test
    void theFileIsNotReceivedBeforeTheDecisionNorUsedBeforeItIsReceived() {
        List<ProcedureEvent> initiated = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05")));
        ProcedureViolation early = assertViolation("deadline.event.receivedBeforeDecision", () -> check(
                Severity.SERIOUS, initiated, ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-03-10"))
                        .receivedOn(d("2026-03-09"))));
        assertArrayEquals(new Object[] {EventType.INVESTIGATION_CONCLUDED, d("2026-03-09"), d("2026-03-10")},
                early.getArguments());

        List<ProcedureEvent> concluded = new ArrayList<>(initiated);
        concluded.add(ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-03-10")).receivedOn(d("2026-03-16")));
        ProcedureViolation v = assertViolation("deadline.event.beforeReceipt", () -> check(Severity.SERIOUS, concluded,
                ProcedureEvent.of(EventType.INDICTED, d("2026-03-12"))));
        assertArrayEquals(new Object[] {EventType.INDICTED, d("2026-03-12"), d("2026-03-16")}, v.getArguments());
        assertEquals(Stage.INDICTED, check(Severity.SERIOUS, concluded,
                ProcedureEvent.of(EventType.INDICTED, d("2026-03-16"))));
        assertEquals(Stage.PROSECUTION, check(Severity.SERIOUS, concluded,
                ProcedureEvent.of(EventType.ASSETS_RECOVERED, d("2026-03-12"))), "recovery is not the procuracy's act");
    }

    @ParameterizedTest(name = "no receipt date on {0}")
    @CsvSource({"CASE_INITIATED", "INDICTED", "FILE_RECEIVED_BY_COURT", "TRIAL_DECIDED", "APPEAL_FILE_RECEIVED",
            "CASE_RESTORED", "REPORT_RECEIVED"})
    void onlyTheEventsThatPassTheFileOnTakeAReceiptDate(EventType type) {
        assertEquals(false, type.receivesFile());
    }

    @ParameterizedTest(name = "a receipt date on {0}")
    @CsvSource({"INVESTIGATION_CONCLUDED", "RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION",
            "JUDGMENT_ANNULLED_FOR_REINVESTIGATION", "JUDGMENT_ANNULLED_FOR_RETRIAL"})
    void theEventsNamedByTheIssueTakeAReceiptDate(EventType type) {
        assertEquals(true, type.receivesFile());
    }
}
