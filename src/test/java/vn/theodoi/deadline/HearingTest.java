package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.VN_2026;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits to open a hearing (Điều 277(2): 15 days from the decision to try, 30 for force majeure or an
 * objective obstacle; Điều 346(1): 60 or 90 days from the appeal court's receipt of the file) are met by the
 * opening, not by the judgment; a postponed hearing must resume within 30 days (Điều 297, 352). Histories stored
 * before the opening was recorded keep the judgment's reading, flagged. Dates counted by hand.
 */
class HearingTest {

    private static final LocalDate DECIDED = d("2026-03-10");

    private static List<ProcedureEvent> decided(String... more) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.TRIAL_OPENING, RuleVariant.STANDARD, DECIDED));
        for (String m : more) {
            String[] tokenAndDate = m.split(" ");
            history.add(Fixtures.event(tokenAndDate[0], d(tokenAndDate[1])));
        }
        return history;
    }

    private static TimeLimit opening(List<ProcedureEvent> history) {
        ProcedureAssessment a = ENGINE.assess(Severity.VERY_SERIOUS, history, VN_2026, d("2026-12-31"));
        return a.timeLimits().stream().filter(t -> t.stage() == Stage.TRIAL_OPENING).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "Điều 277(2): {0} -> {2} on {1}, flags {3}")
    @CsvSource(delimiter = '|', textBlock = """
            TRIAL_OPENED 2026-03-24,FIRST_INSTANCE_JUDGMENT 2026-05-20                                | 2026-03-25 | MET    |                           | a long trial opened on time is on time
            TRIAL_OPENED 2026-03-25,FIRST_INSTANCE_JUDGMENT 2026-04-30                                | 2026-03-25 | MET    |                           | opened on the 15th day
            TRIAL_OPENED 2026-03-26,FIRST_INSTANCE_JUDGMENT 2026-03-27                                | 2026-03-25 | MISSED |                           | opened on the 16th day
            TRIAL_OPENING_EXTENDED 2026-03-20,TRIAL_OPENED 2026-04-09                                 | 2026-04-09 | MET    |                           | force majeure: 30 days
            TRIAL_OPENING_EXTENDED 2026-03-20,TRIAL_OPENED 2026-04-10                                 | 2026-04-09 | MISSED |                           | force majeure: the 31st day
            TRIAL_POSTPONED 2026-03-20                                                                | 2026-03-25 | MET    |                           | the hearing convened and was postponed
            FIRST_INSTANCE_JUDGMENT 2026-03-20                                                        | 2026-03-25 | MET    | HEARING_DATE_NOT_RECORDED | stored without the opening: the judgment's date
            FIRST_INSTANCE_JUDGMENT 2026-05-20                                                        | 2026-03-25 | MISSED | HEARING_DATE_NOT_RECORDED | stored without the opening, judgment late
            """)
    void theLimitToOpenTheFirstInstanceHearing(String events, LocalDate due, DeadlineStatus status,
                                               LimitFlag flag, String why) {
        TimeLimit limit = opening(decided(events.split(",")));
        assertEquals(due, limit.dueDate());
        assertEquals(status, limit.status(), why);
        assertEquals(flag == null ? List.of() : List.of(flag), limit.flags());
    }

    /**
     * Điều 297: opened 20 March, postponed Monday 23 March: the hearing must resume by 22 April (23 March + 30
     * days); resumed on day 29 or 30 it is on time, on day 31 late.
     */
    @ParameterizedTest(name = "Điều 297: postponed 2026-03-23, resumed {0} (day {1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-21 | 29 | MET
            2026-04-22 | 30 | MET
            2026-04-23 | 31 | MISSED
            """)
    void aPostponedHearingResumes(LocalDate resumed, int day, DeadlineStatus status) {
        List<ProcedureEvent> history = decided("TRIAL_OPENED 2026-03-20", "TRIAL_POSTPONED 2026-03-23",
                "TRIAL_OPENED " + resumed, "FIRST_INSTANCE_JUDGMENT 2026-06-01");
        ProcedureAssessment a = ENGINE.assess(Severity.VERY_SERIOUS, history, VN_2026, d("2026-12-31"));
        TimeLimit postponed = a.timeLimits().stream().filter(t -> t.stage() == Stage.TRIAL_POSTPONED).findFirst()
                .orElseThrow();
        assertEquals(d("2026-03-23"), postponed.startDate());
        assertEquals(d("2026-04-22"), postponed.dueDate());
        assertEquals(resumed, postponed.endDate());
        assertEquals(status, postponed.status());
        assertEquals(Stage.FIRST_INSTANCE_JUDGED, a.currentStage());
        assertEquals(DeadlineStatus.MET, opening(history).status(), "opened 20 March, within 15 days");
    }

    /**
     * Điều 297: postponed at its first session on Friday 20 March: resume by Sunday 19 April, a limit in days not
     * moved (the row's reading, shown as such in the derivation).
     */
    @ParameterizedTest(name = "Điều 297, 134: postponed 2026-03-20, resumed {0}: {1}")
    @CsvSource({"2026-04-17, MET", "2026-04-20, MISSED"})
    void aLimitInDaysEndingOnASundayIsNotMoved(LocalDate resumed, DeadlineStatus status) {
        List<ProcedureEvent> history = decided("TRIAL_POSTPONED 2026-03-20", "TRIAL_OPENED " + resumed);
        TimeLimit postponed = ENGINE.assess(Severity.SERIOUS, history, VN_2026, resumed).timeLimits().stream()
                .filter(t -> t.stage() == Stage.TRIAL_POSTPONED).findFirst().orElseThrow();
        assertEquals(d("2026-04-19"), postponed.dueDate());
        assertEquals(status, postponed.status());
        assertEquals(Derivation.StepKind.DAY_OFF_NOT_SHIFTED,
                postponed.derivation().steps().get(postponed.derivation().steps().size() - 1).kind());
    }

    /**
     * Điều 346(1): a provincial court opens the appeal hearing within 60 days of receiving the file, the Supreme
     * People's Court within 90 (received Tuesday 10 March 2026: 9 May, 8 June); Điều 352: a postponed appeal
     * hearing resumes within 30 days. The appeal judgment weeks later does not matter.
     */
    @ParameterizedTest(name = "Điều 346, 352: {0}, {1} -> {3} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PROVINCIAL | APPEAL_TRIAL_OPENED 2026-05-08,APPEAL_JUDGMENT 2026-06-30                              | 2026-05-09 | MET    |
            PROVINCIAL | APPEAL_TRIAL_OPENED 2026-05-11,APPEAL_JUDGMENT 2026-05-12                              | 2026-05-09 | MISSED |
            SUPREME    | APPEAL_TRIAL_OPENED 2026-06-08,APPEAL_JUDGMENT 2026-07-30                              | 2026-06-08 | MET    |
            SUPREME    | APPEAL_TRIAL_OPENED 2026-04-01,APPEAL_TRIAL_POSTPONED 2026-04-02,APPEAL_TRIAL_OPENED 2026-04-30 | 2026-06-08 | MET |
            SUPREME    | APPEAL_JUDGMENT 2026-06-01                                                             | 2026-06-08 | MET    | HEARING_DATE_NOT_RECORDED
            """)
    void theLimitToOpenTheAppealHearing(CourtLevel level, String events, LocalDate due, DeadlineStatus status,
                                        LimitFlag flag) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.APPEAL, RuleVariant.STANDARD, DECIDED));
        history.add(ProcedureEvent.appealFileReceived(DECIDED, level));
        for (String m : events.split(",")) {
            String[] tokenAndDate = m.split(" ");
            history.add(Fixtures.event(tokenAndDate[0], d(tokenAndDate[1])));
        }
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, VN_2026, d("2026-12-31"));
        TimeLimit preparation = a.timeLimits().stream().filter(t -> t.stage() == Stage.APPEAL_PREPARATION)
                .findFirst().orElseThrow();
        assertEquals(due, preparation.dueDate());
        assertEquals(status, preparation.status());
        assertEquals(flag == null ? List.of() : List.of(flag), preparation.flags());
        a.timeLimits().stream().filter(t -> t.stage() == Stage.APPEAL_TRIAL_POSTPONED).forEach(p -> {
            assertEquals(d("2026-05-02"), p.dueDate(), "Điều 352: 2 April + 30 days");
            assertEquals(DeadlineStatus.MET, p.status());
        });
    }
}
