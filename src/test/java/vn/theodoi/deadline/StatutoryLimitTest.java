package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.WEEKENDS;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.historyTo;
import static vn.theodoi.deadline.Fixtures.lastLimit;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every timed stage by every severity and variant, entered on Tuesday 10 March 2026 with weekends off: the base
 * due date, the number of extensions the law allows, and the due date if all of them were granted at their
 * maximum. Expected dates were counted by hand from DOMAIN.md section 4 and the Code's text (not by the engine).
 */
class StatutoryLimitTest {

    private static final LocalDate START = d("2026-03-10");

    @ParameterizedTest(name = "{6}: {0}/{1}/{2} base {3}, {4} extension(s), max {5}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION        | STANDARD        | LESS_SERIOUS       | 2026-03-30 | 2 | 2026-07-10 | Điều 147
            REPORT_VERIFICATION        | STANDARD        | SERIOUS            | 2026-03-30 | 2 | 2026-07-10 | Điều 147
            REPORT_VERIFICATION        | STANDARD        | VERY_SERIOUS       | 2026-03-30 | 2 | 2026-07-10 | Điều 147
            REPORT_VERIFICATION        | STANDARD        | ESPECIALLY_SERIOUS | 2026-03-30 | 2 | 2026-07-10 | Điều 147
            REPORT_VERIFICATION        | RESUMED         | SERIOUS            | 2026-04-10 | 0 | 2026-04-10 | Điều 149
            INVESTIGATION              | STANDARD        | LESS_SERIOUS       | 2026-05-11 | 1 | 2026-07-10 | Điều 172
            INVESTIGATION              | STANDARD        | SERIOUS            | 2026-06-10 | 2 | 2026-11-10 | Điều 172
            INVESTIGATION              | STANDARD        | VERY_SERIOUS       | 2026-07-10 | 2 | 2027-03-10 | Điều 172
            INVESTIGATION              | STANDARD        | ESPECIALLY_SERIOUS | 2026-07-10 | 4 | 2027-11-10 | Điều 172
            INVESTIGATION              | RESUMED         | LESS_SERIOUS       | 2026-05-11 | 1 | 2026-06-10 | Điều 174
            INVESTIGATION              | RESUMED         | SERIOUS            | 2026-05-11 | 1 | 2026-07-10 | Điều 174
            INVESTIGATION              | RESUMED         | VERY_SERIOUS       | 2026-06-10 | 1 | 2026-08-10 | Điều 174
            INVESTIGATION              | RESUMED         | ESPECIALLY_SERIOUS | 2026-06-10 | 1 | 2026-09-10 | Điều 174
            INVESTIGATION              | REINVESTIGATION | LESS_SERIOUS       | 2026-05-11 | 1 | 2026-07-10 | Điều 174
            INVESTIGATION              | REINVESTIGATION | SERIOUS            | 2026-06-10 | 2 | 2026-11-10 | Điều 172
            INVESTIGATION              | REINVESTIGATION | VERY_SERIOUS       | 2026-07-10 | 2 | 2027-03-10 | Điều 358
            INVESTIGATION              | REINVESTIGATION | ESPECIALLY_SERIOUS | 2026-07-10 | 4 | 2027-11-10 | Điều 172
            SUPPLEMENTARY_INVESTIGATION| PROCURACY       | LESS_SERIOUS       | 2026-05-11 | 0 | 2026-05-11 | Điều 174
            SUPPLEMENTARY_INVESTIGATION| PROCURACY       | SERIOUS            | 2026-05-11 | 0 | 2026-05-11 | Điều 174
            SUPPLEMENTARY_INVESTIGATION| PROCURACY       | VERY_SERIOUS       | 2026-05-11 | 0 | 2026-05-11 | Điều 174
            SUPPLEMENTARY_INVESTIGATION| PROCURACY       | ESPECIALLY_SERIOUS | 2026-05-11 | 0 | 2026-05-11 | Điều 174
            SUPPLEMENTARY_INVESTIGATION| PRESIDING_JUDGE | LESS_SERIOUS       | 2026-04-10 | 0 | 2026-04-10 | Điều 280
            SUPPLEMENTARY_INVESTIGATION| PRESIDING_JUDGE | ESPECIALLY_SERIOUS | 2026-04-10 | 0 | 2026-04-10 | Điều 174
            SUPPLEMENTARY_INVESTIGATION| TRIAL_PANEL     | SERIOUS            | 2026-04-10 | 0 | 2026-04-10 | Điều 298
            SUPPLEMENTARY_INVESTIGATION| TRIAL_PANEL     | VERY_SERIOUS       | 2026-04-10 | 0 | 2026-04-10 | Điều 174
            PROSECUTION                | STANDARD        | LESS_SERIOUS       | 2026-03-30 | 1 | 2026-04-09 | Điều 240
            PROSECUTION                | STANDARD        | SERIOUS            | 2026-03-30 | 1 | 2026-04-09 | Điều 240
            PROSECUTION                | STANDARD        | VERY_SERIOUS       | 2026-04-09 | 1 | 2026-04-24 | Điều 240
            PROSECUTION                | STANDARD        | ESPECIALLY_SERIOUS | 2026-04-09 | 1 | 2026-05-09 | Điều 240
            PROSECUTION                | RESTORED        | LESS_SERIOUS       | 2026-03-30 | 1 | 2026-04-09 | Điều 249
            PROSECUTION                | RESTORED        | ESPECIALLY_SERIOUS | 2026-04-09 | 1 | 2026-05-09 | Điều 240
            TRIAL_PREPARATION          | STANDARD        | LESS_SERIOUS       | 2026-04-09 | 1 | 2026-04-24 | Điều 277
            TRIAL_PREPARATION          | STANDARD        | SERIOUS            | 2026-04-24 | 1 | 2026-05-09 | Điều 277
            TRIAL_PREPARATION          | STANDARD        | VERY_SERIOUS       | 2026-05-11 | 1 | 2026-06-09 | Điều 277
            TRIAL_PREPARATION          | STANDARD        | ESPECIALLY_SERIOUS | 2026-06-10 | 1 | 2026-07-10 | Điều 277
            TRIAL_PREPARATION          | RETURNED        | LESS_SERIOUS       | 2026-03-25 | 0 | 2026-03-25 | Điều 277
            TRIAL_PREPARATION          | RETURNED        | ESPECIALLY_SERIOUS | 2026-03-25 | 0 | 2026-03-25 | Điều 277
            TRIAL_PREPARATION          | RESTORED        | SERIOUS            | 2026-04-24 | 1 | 2026-05-09 | Điều 283
            TRIAL_PREPARATION          | RESTORED        | VERY_SERIOUS       | 2026-05-11 | 1 | 2026-06-09 | Điều 277
            TRIAL_PREPARATION          | RETRIAL         | LESS_SERIOUS       | 2026-04-09 | 1 | 2026-04-24 | Điều 358
            TRIAL_PREPARATION          | RETRIAL         | ESPECIALLY_SERIOUS | 2026-06-10 | 1 | 2026-07-10 | Điều 277
            TRIAL_OPENING              | STANDARD        | LESS_SERIOUS       | 2026-03-25 | 1 | 2026-04-09 | Điều 277
            TRIAL_OPENING              | STANDARD        | SERIOUS            | 2026-03-25 | 1 | 2026-04-09 | Điều 277
            TRIAL_OPENING              | STANDARD        | VERY_SERIOUS       | 2026-03-25 | 1 | 2026-04-09 | Điều 277
            TRIAL_OPENING              | STANDARD        | ESPECIALLY_SERIOUS | 2026-03-25 | 1 | 2026-04-09 | Điều 277
            TRIAL_POSTPONED            | STANDARD        | SERIOUS            | 2026-04-09 | 0 | 2026-04-09 | Điều 297
            TRIAL_POSTPONED            | STANDARD        | ESPECIALLY_SERIOUS | 2026-04-09 | 0 | 2026-04-09 | Điều 297
            APPEAL_PREPARATION         | PROVINCIAL      | LESS_SERIOUS       | 2026-05-09 | 0 | 2026-05-09 | Điều 346
            APPEAL_PREPARATION         | PROVINCIAL      | SERIOUS            | 2026-05-09 | 0 | 2026-05-09 | Điều 346
            APPEAL_PREPARATION         | PROVINCIAL      | VERY_SERIOUS       | 2026-05-09 | 0 | 2026-05-09 | Điều 346
            APPEAL_PREPARATION         | PROVINCIAL      | ESPECIALLY_SERIOUS | 2026-05-09 | 0 | 2026-05-09 | Điều 346
            APPEAL_PREPARATION         | SUPREME         | LESS_SERIOUS       | 2026-06-08 | 0 | 2026-06-08 | Điều 346
            APPEAL_PREPARATION         | SUPREME         | SERIOUS            | 2026-06-08 | 0 | 2026-06-08 | Điều 346
            APPEAL_PREPARATION         | SUPREME         | VERY_SERIOUS       | 2026-06-08 | 0 | 2026-06-08 | Điều 346
            APPEAL_PREPARATION         | SUPREME         | ESPECIALLY_SERIOUS | 2026-06-08 | 0 | 2026-06-08 | Điều 346
            APPEAL_TRIAL_POSTPONED     | STANDARD        | SERIOUS            | 2026-04-09 | 0 | 2026-04-09 | Điều 352
            """)
    void limitOfEveryStageBySeverity(Stage stage, RuleVariant variant, Severity severity, LocalDate baseDue,
                                     int extensions, LocalDate maxDue, String article) {
        ProcedureAssessment a = ENGINE.assess(severity, historyTo(stage, variant, START), WEEKENDS, START);
        TimeLimit limit = lastLimit(a);

        assertEquals(stage, a.currentStage());
        assertEquals(stage, limit.stage());
        assertEquals(variant, limit.variant());
        assertEquals(START, limit.startDate());
        assertEquals(baseDue, limit.baseDueDate(), "base due date");
        assertEquals(baseDue, limit.dueDate(), "due date without extension");
        assertEquals(0, limit.extensionsUsed());
        assertEquals(extensions, limit.extensionsLeft(), "extensions allowed");
        assertEquals(maxDue, limit.maxDueDate(), "due date with every extension at its maximum");
        assertNull(limit.endDate());
        assertTrue(limit.article().contains(article), () -> limit.article() + " should cite " + article);
        assertTrue(limit.article().contains("BLTTHS 2015"), limit.article());
        assertEquals(ProcedureCode.BLTTHS_2015, limit.code());
        assertTrue(limit.flags().isEmpty(), limit.flags().toString());
    }
}
