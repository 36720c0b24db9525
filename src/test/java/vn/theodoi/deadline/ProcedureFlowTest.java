package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.WEEKENDS;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stage machine: which event may follow which, and the resulting current stage. */
class ProcedureFlowTest {

    private static final LocalDate TODAY = d("2026-04-01");

    @Test
    void recordWithoutEventsHasNoStage() {
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, List.of(), WEEKENDS, TODAY);
        assertTrue(a.stage().isEmpty());
        assertTrue(a.timeLimits().isEmpty());
        assertTrue(a.currentLimit().isEmpty());
    }

    @ParameterizedTest(name = "[{2}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_RECEIVED                                                                         | REPORT_VERIFICATION         | Điều 147
            REPORT_RECEIVED CASE_INITIATED                                                          | INVESTIGATION               | Điều 172
            CASE_INITIATED                                                                          | INVESTIGATION               | Điều 172: a case may be initiated without a verified report
            CASE_INITIATED INVESTIGATION_SUSPENDED                                                  | SUSPENDED                   | Điều 229
            CASE_INITIATED INVESTIGATION_SUSPENDED INVESTIGATION_RESUMED                            | INVESTIGATION               | Điều 235
            CASE_INITIATED DISMISSED INVESTIGATION_RESUMED                                          | INVESTIGATION               | Điều 235: resuming a dismissed investigation
            CASE_INITIATED INVESTIGATION_SUSPENDED DISMISSED                                        | DISMISSED                   | Điều 230
            CASE_INITIATED INVESTIGATION_CONCLUDED                                                  | PROSECUTION                 | Điều 240
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED                                         | INDICTED                    | Điều 243
            CASE_INITIATED INVESTIGATION_CONCLUDED DISMISSED                                        | DISMISSED                   | Điều 248
            CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY | SUPPLEMENTARY_INVESTIGATION | Điều 174(2)
            CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY INVESTIGATION_CONCLUDED | PROSECUTION | Điều 174(2), 240
            CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY INVESTIGATION_SUSPENDED | SUSPENDED | Điều 229
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT                  | TRIAL_PREPARATION           | Điều 277
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT | SUPPLEMENTARY_INVESTIGATION | Điều 174(2), 280
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED    | TRIAL_OPENING               | Điều 277
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT | SUPPLEMENTARY_INVESTIGATION | Điều 298
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT | FIRST_INSTANCE_JUDGED | Điều 277: a judgment stored without the opening
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED | TRIAL_HEARING | Điều 277(2)
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED FIRST_INSTANCE_JUDGMENT | FIRST_INSTANCE_JUDGED | Điều 277(2)
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_POSTPONED | TRIAL_POSTPONED | Điều 297: postponed at the first session
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED TRIAL_POSTPONED TRIAL_OPENED | TRIAL_HEARING | Điều 297
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT | SUPPLEMENTARY_INVESTIGATION | Điều 298: the trial panel at the hearing
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT CASE_SUSPENDED | SUSPENDED | Điều 281
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT CASE_SUSPENDED CASE_RESTORED | TRIAL_PREPARATION | Điều 283
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED TRIAL_OPENED CASE_SUSPENDED CASE_RESTORED | TRIAL_PREPARATION | Điều 281, 283: suspended at the hearing
            CASE_INITIATED INVESTIGATION_CONCLUDED CASE_SUSPENDED                                   | SUSPENDED                   | Điều 247
            CASE_INITIATED INVESTIGATION_CONCLUDED CASE_SUSPENDED CASE_RESTORED                     | PROSECUTION                 | Điều 249
            CASE_INITIATED INVESTIGATION_CONCLUDED DISMISSED CASE_RESTORED                          | PROSECUTION                 | Điều 249: restored after dismissal
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT DISMISSED CASE_RESTORED | TRIAL_PREPARATION    | Điều 283: restored after dismissal
            REPORT_RECEIVED REPORT_HANDLING_SUSPENDED                                               | SUSPENDED                   | Điều 148
            REPORT_RECEIVED REPORT_HANDLING_SUSPENDED REPORT_HANDLING_RESUMED                       | REPORT_VERIFICATION         | Điều 149
            REPORT_RECEIVED REPORT_HANDLING_SUSPENDED REPORT_HANDLING_RESUMED CASE_INITIATED        | INVESTIGATION               | Điều 149, 172
            REPORT_RECEIVED REPORT_HANDLING_SUSPENDED CLOSED                                        | CLOSED                      | no case initiated
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT ENFORCEMENT_STARTED | ENFORCEMENT | judgment not appealed
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED | APPEAL | Điều 331
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILED | APPEAL | several appeals
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME | APPEAL_PREPARATION | Điều 346
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_JUDGMENT | APPEAL_JUDGED | Điều 346: a judgment stored without the opening
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_OPENED | APPEAL_HEARING | Điều 346(1)
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_POSTPONED | APPEAL_TRIAL_POSTPONED | Điều 352
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_OPENED APPEAL_TRIAL_POSTPONED APPEAL_TRIAL_OPENED APPEAL_JUDGMENT | APPEAL_JUDGED | Điều 352
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_OPENED JUDGMENT_ANNULLED_FOR_REINVESTIGATION | INVESTIGATION | Điều 358: annulled at the appeal hearing
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_TRIAL_OPENED JUDGMENT_ANNULLED_FOR_RETRIAL | TRIAL_PREPARATION | Điều 358: retrial
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT ENFORCEMENT_STARTED JUDGMENT_ANNULLED_FOR_RETRIAL | TRIAL_PREPARATION | a judgment in force annulled (cassation)
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED:SUPREME APPEAL_JUDGMENT ENFORCEMENT_STARTED | ENFORCEMENT | appeal judgment in force
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT ENFORCEMENT_STARTED CLOSED | CLOSED | closed after enforcement
            CASE_INITIATED ASSETS_RECOVERED                                                         | INVESTIGATION               | recovery does not change the stage
            CASE_INITIATED SPLIT                                                                    | INVESTIGATION               | a split does not change the stage
            CASE_INITIATED CLOSED ASSETS_RECOVERED                                                  | CLOSED                      | recovery after closing
            REPORT_RECEIVED CLOSED                                                                  | CLOSED                      | report not leading to a case
            CASE_INITIATED DISMISSED CLOSED                                                         | CLOSED                      | closed after dismissal
            """)
    void allowedSequences(String spec, Stage expected, String article) {
        List<ProcedureEvent> history = events(spec);
        ProcedureAssessment a = ENGINE.assess(Severity.SERIOUS, history, WEEKENDS, TODAY);
        assertEquals(expected, a.currentStage());
        // check() of the last event agrees with assess().
        assertEquals(expected, Fixtures.check(Severity.SERIOUS, history.subList(0, history.size() - 1),
                history.get(history.size() - 1)));
    }

    @ParameterizedTest(name = "[{3}] {0} -> {1} at event #{2}")
    @CsvSource(delimiter = '|', textBlock = """
            INVESTIGATION_CONCLUDED                                                  | deadline.event.firstEventInvalid  | 0 | a history starts with a report or a case
            ASSETS_RECOVERED                                                         | deadline.event.firstEventInvalid  | 0 | nothing to recover yet
            REPORT_RECEIVED REPORT_RECEIVED                                          | deadline.event.notAllowedInStage  | 1 | one report per record
            CASE_INITIATED CASE_INITIATED                                            | deadline.event.notAllowedInStage  | 1 | one initiation per record
            CASE_INITIATED INVESTIGATION_RESUMED                                     | deadline.event.notAllowedInStage  | 1 | Điều 235: resumed when not suspended
            CASE_INITIATED INVESTIGATION_CONCLUDED DISMISSED INVESTIGATION_RESUMED   | deadline.event.notAllowedInStage  | 3 | dismissed by the procuracy, not during investigation
            CASE_INITIATED INVESTIGATION_SUSPENDED INVESTIGATION_CONCLUDED           | deadline.event.notAllowedInStage  | 2 | Điều 229: no conclusion while suspended
            CASE_INITIATED INVESTIGATION_SUSPENDED INVESTIGATION_SUSPENDED           | deadline.event.notAllowedInStage  | 2 | already suspended
            REPORT_RECEIVED INVESTIGATION_SUSPENDED                                  | deadline.event.notAllowedInStage  | 1 | no investigation yet
            REPORT_RECEIVED DISMISSED                                                | deadline.event.notAllowedInStage  | 1 | a report is not dismissed but closed
            CASE_INITIATED INDICTED                                                  | deadline.event.notAllowedInStage  | 1 | Điều 243: indictment after the file reaches the procuracy
            CASE_INITIATED INVESTIGATION_CONCLUDED FILE_RECEIVED_BY_COURT            | deadline.event.notAllowedInStage  | 2 | the court receives an indicted case
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED TRIAL_DECIDED            | deadline.event.notAllowedInStage  | 3 | Điều 277: TRIAL_DECIDED before FILE_RECEIVED_BY_COURT
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT FIRST_INSTANCE_JUDGMENT | deadline.event.notAllowedInStage | 4 | judgment before the trial is decided
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED APPEAL_FILED | deadline.event.notAllowedInStage | 5 | appeal before judgment
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILE_RECEIVED:PROVINCIAL | deadline.event.notAllowedInStage | 6 | file received without an appeal
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_JUDGMENT | deadline.event.notAllowedInStage | 7 | appeal judgment before the file is received
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED ENFORCEMENT_STARTED | deadline.event.notAllowedInStage | 7 | judgment under appeal is not enforced
            CASE_INITIATED ENFORCEMENT_STARTED                                       | deadline.event.notAllowedInStage  | 1 | no judgment
            CASE_INITIATED CLOSED CLOSED                                             | deadline.event.notAllowedInStage  | 2 | closed twice
            CASE_INITIATED CLOSED INVESTIGATION_SUSPENDED                            | deadline.event.notAllowedInStage  | 2 | closed is final
            CASE_INITIATED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY        | deadline.return.wrongStage        | 1 | Điều 245: the procuracy returns during prosecution
            CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:COURT | deadline.return.wrongStage | 2 | Điều 280: the court returns after receiving the file
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION:PROCURACY | deadline.return.wrongStage | 4 | the procuracy no longer holds the file
            CASE_INITIATED INVESTIGATION_CONCLUDED RETURNED_FOR_SUPPLEMENTARY_INVESTIGATION | deadline.event.returnedByMissing | 2 | Điều 174(2): who returned it
            CASE_INITIATED INVESTIGATION_CONCLUDED INDICTED FILE_RECEIVED_BY_COURT TRIAL_DECIDED FIRST_INSTANCE_JUDGMENT APPEAL_FILED APPEAL_FILE_RECEIVED | deadline.event.courtLevelMissing | 7 | Điều 346: which court
            CASE_INITIATED INVESTIGATION_SUSPENDED:HIGH                              | deadline.event.unexpectedField    | 1 | a court level on another event
            CASE_INITIATED CLOSED:PROCURACY                                          | deadline.event.unexpectedField    | 1 | a returning body on another event
            """)
    void refusedSequences(String spec, String key, int index, String why) {
        ProcedureViolation v = assertViolation(key,
                () -> ENGINE.assess(Severity.SERIOUS, events(spec), WEEKENDS, TODAY));
        assertEquals(index, v.getEventIndex());
    }

    @Test
    void eventWithoutDateOrTypeIsRefused() {
        assertViolation("deadline.event.dateMissing", () -> Fixtures.check(Severity.SERIOUS, List.of(),
                ProcedureEvent.of(EventType.CASE_INITIATED, null)));
        assertViolation("deadline.event.typeMissing", () -> Fixtures.check(Severity.SERIOUS, List.of(),
                ProcedureEvent.of(null, TODAY)));
    }

    @Test
    void invalidExistingHistoryIsReportedWithItsOwnIndex() {
        List<ProcedureEvent> broken = events("CASE_INITIATED TRIAL_DECIDED");
        ProcedureViolation v = assertViolation("deadline.event.notAllowedInStage",
                () -> Fixtures.check(Severity.SERIOUS, broken, ProcedureEvent.of(EventType.CLOSED, TODAY)));
        assertEquals(1, v.getEventIndex());
    }

    @Test
    void severityIsNeededOnlyForSeverityDependentStages() {
        List<ProcedureEvent> report = new ArrayList<>(events("REPORT_RECEIVED REPORT_VERIFICATION_EXTENDED"));
        ProcedureAssessment a = ENGINE.assess(null, report, WEEKENDS, TODAY);
        assertEquals(Stage.REPORT_VERIFICATION, a.currentStage());
        assertEquals(1, a.timeLimits().get(0).extensionsUsed());

        report.add(ProcedureEvent.of(EventType.CASE_INITIATED, TODAY));
        ProcedureViolation v = assertViolation("deadline.severity.required",
                () -> ENGINE.assess(null, report, WEEKENDS, TODAY));
        assertEquals(Stage.INVESTIGATION, v.getArguments()[0]);
        assertEquals(2, v.getEventIndex());
    }
}
