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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The court's returns for supplementary investigation (Điều 174(2)): once by the presiding judge while preparing
 * the trial (Điều 280), once by the trial panel after the trial was decided (Điều 298), the stage telling which;
 * and the 15 days the court has when a returned file comes back (Điều 277(1)).
 */
class CourtReturnTest {

    private static final String TO_COURT = "CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT";
    private static final String BACK = " INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT";
    private static final String JUDGE_RETURNS = " RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT" + BACK;
    private static final String PANEL_RETURNS = " TRIAL_DECIDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT" + BACK;

    @ParameterizedTest(name = "[{4}] {0} then a court return{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | ''                           | PRESIDING_JUDGE | ''                                     | Điều 280: the judge's first return
            JUDGE_RETURNS               | ''                           |                 | PRESIDING_JUDGE,1,khoản 2 Điều 174, Điều 280 BLTTHS 2015 | Điều 174(2), 280: the judge's second return refused
            JUDGE_RETURNS               | ' TRIAL_DECIDED'             | TRIAL_PANEL     | ''                                     | Điều 298: the panel may still return once
            JUDGE_RETURNS               | ' TRIAL_DECIDED TRIAL_OPENED' | TRIAL_PANEL    | ''                                     | Điều 298: at the hearing
            JUDGE_RETURNS               | ' TRIAL_DECIDED TRIAL_POSTPONED' | TRIAL_PANEL | ''                                     | Điều 298: the hearing postponed
            PANEL_RETURNS               | ' TRIAL_DECIDED'             |                 | TRIAL_PANEL,1,khoản 2 Điều 174, Điều 298 BLTTHS 2015 | Điều 174(2), 298: the panel's second return refused
            PANEL_RETURNS               | ''                           | PRESIDING_JUDGE | ''                                     | Điều 280: the judge may still return once
            JUDGE_RETURNS PANEL_RETURNS | ''                           |                 | PRESIDING_JUDGE,1,khoản 2 Điều 174, Điều 280 BLTTHS 2015 | both used: the judge refused
            JUDGE_RETURNS PANEL_RETURNS | ' TRIAL_DECIDED'             |                 | TRIAL_PANEL,1,khoản 2 Điều 174, Điều 298 BLTTHS 2015 | both used: the panel refused
            """)
    void eachOfTheCourtsTwoReturnsOnce(String before, String then, RuleVariant accepted, String refusal,
                                       String article) {
        String spec = TO_COURT + before.replace("JUDGE_RETURNS", JUDGE_RETURNS).replace("PANEL_RETURNS", PANEL_RETURNS)
 + then;
        List<ProcedureEvent> history = Fixtures.events(d("2026-01-05"), 1, spec.replaceAll("\\s+", " ").trim());
        ProcedureEvent ret = ProcedureEvent.returned(d("2026-03-01"), ReturnedBy.COURT);
        if (accepted != null) {
            assertEquals(Stage.SUPPLEMENTARY_INVESTIGATION, check(Severity.SERIOUS, history, ret));
            List<ProcedureEvent> with = new ArrayList<>(history);
            with.add(ret);
            TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, with, VN_2026, d("2026-03-01")));
            assertEquals(accepted, limit.variant(), article);
            assertEquals(d("2026-04-01"), limit.dueDate(), "Điều 174(2): 1 month");
        } else {
            ProcedureViolation v = assertViolation("deadline.return.courtActorLimitReached",
                    () -> check(Severity.SERIOUS, history, ret));
            String[] expected = refusal.split(",", 3);
            assertArrayEquals(new Object[] {RuleVariant.valueOf(expected[0]), Integer.parseInt(expected[1]),
                    expected[2]}, v.getArguments(), article);
            assertEquals(history.size(), v.getEventIndex());
        }
    }

    /**
     * Điều 277(1), last sentence: when the file comes back to the court after the court returned it, the presiding
     * judge has 15 days to bring the case to trial, whatever the severity, without extension. A file the procuracy
     * returned before the court ever had it is a first receipt (the ordinary limit).
     */
    @ParameterizedTest(name = "Điều 277(1): {0} case, file back on {1}: due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            LESS_SERIOUS       | 2026-06-01 | 2026-06-16 | 15 days
            ESPECIALLY_SERIOUS | 2026-06-01 | 2026-06-16 | 15 days whatever the severity (3 months otherwise)
            SERIOUS            | 2026-06-05 | 2026-06-20 | a Saturday, a limit in days: not moved
            """)
    void aReturnedFileComingBackHas15Days(Severity severity, LocalDate back, LocalDate due, String why) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(d("2026-01-05"), 1, TO_COURT));
        history.add(ProcedureEvent.returned(d("2026-04-01"), ReturnedBy.COURT));
        history.add(ProcedureEvent.of(EventType.INVESTIGATION_CONCLUDED, d("2026-05-01")));
        history.add(ProcedureEvent.of(EventType.INDICTED, d("2026-05-15")));
        history.add(ProcedureEvent.of(EventType.FILE_RECEIVED_BY_COURT, back));
        ProcedureAssessment a = ENGINE.assess(severity, history, VN_2026, back);
        TimeLimit limit = a.currentLimit().orElseThrow();
        assertEquals(Stage.TRIAL_PREPARATION, limit.stage());
        assertEquals(RuleVariant.RETURNED, limit.variant());
        assertEquals(due, limit.dueDate(), why);
        assertEquals(0, limit.extensionsLeft());
        ProcedureViolation v = assertViolation("deadline.extension.exhausted", () -> check(severity, history,
                ProcedureEvent.extension(EventType.TRIAL_PREPARATION_EXTENDED, back)));
        assertArrayEquals(new Object[] {Stage.TRIAL_PREPARATION, 0}, v.getArguments());
    }

    @ParameterizedTest(name = "Điều 277(1): after a procuracy return the court's first receipt on {0} has {1} days")
    @CsvSource({"2026-06-01, 2026-07-16, 45"})
    void aProcuracyReturnDoesNotMakeTheCourtsFirstReceiptAReturnedFile(LocalDate received, LocalDate due,
                                                                        int days) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(d("2026-01-05"), 1,
                "CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY"
                        + " INVESTIGATION_CONCLUDED INDICTED"));
        history.add(ProcedureEvent.of(EventType.FILE_RECEIVED_BY_COURT, received));
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, history, VN_2026, received));
        assertEquals(RuleVariant.STANDARD, limit.variant());
        assertEquals(due, limit.dueDate(), days + " days, Điều 277(1)");
    }

    /**
     * Điều 174(2): the supplementary investigation counts from the day the investigators received the file back;
     * the court's own limit ends on the day of its return decision.
     */
    @ParameterizedTest(name = "Điều 174(2): returned {0}, received {1}: trial preparation ends {0}, supplementary due {2}")
    @CsvSource({"2026-03-02, 2026-03-06, 2026-04-06", "2026-03-02, , 2026-04-02"})
    void theReturnEndsTheCourtsLimitAndTheReceiptStartsTheNext(LocalDate returned, LocalDate received,
                                                               LocalDate due) {
        List<ProcedureEvent> history = new ArrayList<>(Fixtures.events(d("2026-01-05"), 1, TO_COURT));
        history.add(ProcedureEvent.returned(returned, ReturnedBy.COURT).receivedOn(received));
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, VN_2026, returned);
        TimeLimit trial = a.timeLimits().get(a.timeLimits().size() - 2);
        assertEquals(Stage.TRIAL_PREPARATION, trial.stage());
        assertEquals(returned, trial.endDate());
        TimeLimit supplementary = Fixtures.lastLimit(a);
        assertEquals(received == null ? returned : received, supplementary.startDate());
        assertEquals(returned, supplementary.derivation().startEventDate());
        assertEquals(due, supplementary.dueDate());
    }
}
