package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A very serious case from the crime report to enforcement, with the 2026 holidays: the hearings are opened on time
 * and the appeal goes to the Supreme People's Court (file received after 1 July 2025).
 */
class HappyPathTest {

    private static final List<ProcedureEvent> CASE = List.of(
            ProcedureEvent.of(EventType.REPORT_RECEIVED, d("2026-01-05")),
            ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-20")),
            ProcedureEvent.extensionMonths(EventType.INVESTIGATION_EXTENDED, d("2026-05-05"), 4),
            ProcedureEvent.of(EventType.ASSETS_RECOVERED, d("2026-06-01")),
            ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-08-20")),
            ProcedureEvent.extensionDays(EventType.PROSECUTION_EXTENDED, d("2026-09-10"), 10),
            ProcedureEvent.of(EventType.INDICTED, d("2026-09-25")),
            ProcedureEvent.of(EventType.FILE_RECEIVED_BY_COURT, d("2026-10-01")),
            ProcedureEvent.of(EventType.TRIAL_DECIDED, d("2026-11-20")),
            ProcedureEvent.of(EventType.TRIAL_OPENED, d("2026-12-01")),
            ProcedureEvent.of(EventType.FIRST_INSTANCE_JUDGMENT, d("2026-12-03")),
            ProcedureEvent.of(EventType.APPEAL_FILED, d("2026-12-15")),
            ProcedureEvent.appealFileReceived(d("2027-01-04"), CourtLevel.SUPREME),
            ProcedureEvent.of(EventType.APPEAL_TRIAL_OPENED, d("2027-03-25")),
            ProcedureEvent.of(EventType.APPEAL_JUDGMENT, d("2027-03-30")),
            ProcedureEvent.of(EventType.SPLIT, d("2027-04-01")),
            ProcedureEvent.of(EventType.ENFORCEMENT_STARTED, d("2027-04-15")));

    @ParameterizedTest(name = "{0} ({7}): {1} .. due {3}, ended {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 2026-01-05 | 2026-01-25 | 2026-01-25 | 2 | 2026-01-20 | MET    | Điều 147: 20 days, a Sunday not shifted
            1 | 2026-01-20 | 2026-05-20 | 2026-09-21 | 1 | 2026-08-20 | MET    | Điều 172: 4M + 4M, 20 September is a Sunday
            2 | 2026-08-20 | 2026-09-19 | 2026-09-29 | 0 | 2026-09-25 | MET    | Điều 240: 30 days + 10 days
            3 | 2026-10-01 | 2026-12-01 | 2026-12-01 | 1 | 2026-11-20 | MET    | Điều 277: 2 months
            4 | 2026-11-20 | 2026-12-05 | 2026-12-05 | 1 | 2026-12-01 | MET    | Điều 277(2): 15 days to open the hearing
            5 | 2027-01-04 | 2027-04-04 | 2027-04-04 | 0 | 2027-03-25 | MET    | Điều 346: 90 days at the Supreme People's Court
            """)
    void everyLimitOfTheCase(int index, LocalDate start, LocalDate baseDue, LocalDate due, int left, LocalDate end,
                             DeadlineStatus status, String article) {
        ProcedureAssessment a = ENGINE.assess(Severity.VERY_SERIOUS, CASE, VN_2026, d("2027-05-01"));
        assertEquals(Stage.ENFORCEMENT, a.currentStage());
        assertEquals(6, a.timeLimits().size());
        TimeLimit limit = a.timeLimits().get(index);
        assertEquals(start, limit.startDate());
        assertEquals(baseDue, limit.baseDueDate());
        assertEquals(due, limit.dueDate());
        assertEquals(left, limit.extensionsLeft());
        assertEquals(end, limit.endDate());
        assertEquals(status, limit.status());
        assertTrue(limit.flags().isEmpty(), limit.flags().toString());
    }

    @ParameterizedTest(name = "after event #{0} the stage is {1}")
    @CsvSource({"0, REPORT_VERIFICATION", "1, INVESTIGATION", "3, INVESTIGATION", "4, PROSECUTION", "6, INDICTED",
            "7, TRIAL_PREPARATION", "8, TRIAL_OPENING", "9, TRIAL_HEARING", "10, FIRST_INSTANCE_JUDGED", "11, APPEAL",
            "12, APPEAL_PREPARATION", "13, APPEAL_HEARING", "14, APPEAL_JUDGED", "15, APPEAL_JUDGED",
            "16, ENFORCEMENT"})
    void stageAfterEachEvent(int index, Stage stage) {
        assertEquals(stage, ENGINE.check(Severity.VERY_SERIOUS, CASE.subList(0, index), CASE.get(index), VN_2026));
    }
}
