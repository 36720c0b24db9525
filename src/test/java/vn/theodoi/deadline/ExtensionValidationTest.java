package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.assertViolation;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.event;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extensions: maximum per ordinal extension, number of extensions, stage, amount. */
class ExtensionValidationTest {

    private static final LocalDate START = d("2026-03-10");

    private static List<ProcedureEvent> withExtensions(Stage stage, RuleVariant variant, EventType type, int count) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(stage, variant, START));
        for (int i = 0; i < count; i++) {
            history.add(ProcedureEvent.extension(type, START));
        }
        return history;
    }

    @ParameterizedTest(name = "{7}: extension #{4} of {0}/{1}/{2} at most {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION | STANDARD | SERIOUS            | REPORT_VERIFICATION_EXTENDED | 1 | 2  | MONTHS | Điều 147(2)
            REPORT_VERIFICATION | STANDARD | SERIOUS            | REPORT_VERIFICATION_EXTENDED | 2 | 2  | MONTHS | Điều 147(2)
            INVESTIGATION       | STANDARD | LESS_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 2  | MONTHS | Điều 172(2)(a)
            INVESTIGATION       | STANDARD | SERIOUS            | INVESTIGATION_EXTENDED       | 1 | 3  | MONTHS | Điều 172(2)(b)
            INVESTIGATION       | STANDARD | SERIOUS            | INVESTIGATION_EXTENDED       | 2 | 2  | MONTHS | Điều 172(2)(b)
            INVESTIGATION       | STANDARD | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 4  | MONTHS | Điều 172(2)(c)
            INVESTIGATION       | STANDARD | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 2 | 4  | MONTHS | Điều 172(2)(c)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 1 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 2 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 3 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 4 | 4  | MONTHS | Điều 172(3)
            INVESTIGATION       | RESUMED  | LESS_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 1  | MONTHS | Điều 174(1)
            INVESTIGATION       | RESUMED  | SERIOUS            | INVESTIGATION_EXTENDED       | 1 | 2  | MONTHS | Điều 174(1)
            INVESTIGATION       | RESUMED  | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 2  | MONTHS | Điều 174(1)
            INVESTIGATION       | RESUMED  | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 1 | 3  | MONTHS | Điều 174(1)
            PROSECUTION         | STANDARD | LESS_SERIOUS       | PROSECUTION_EXTENDED         | 1 | 10 | DAYS   | Điều 240
            PROSECUTION         | STANDARD | SERIOUS            | PROSECUTION_EXTENDED         | 1 | 10 | DAYS   | Điều 240
            PROSECUTION         | STANDARD | VERY_SERIOUS       | PROSECUTION_EXTENDED         | 1 | 15 | DAYS   | Điều 240
            PROSECUTION         | STANDARD | ESPECIALLY_SERIOUS | PROSECUTION_EXTENDED         | 1 | 30 | DAYS   | Điều 240
            TRIAL_PREPARATION   | STANDARD | LESS_SERIOUS       | TRIAL_PREPARATION_EXTENDED   | 1 | 15 | DAYS   | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | SERIOUS            | TRIAL_PREPARATION_EXTENDED   | 1 | 15 | DAYS   | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | VERY_SERIOUS       | TRIAL_PREPARATION_EXTENDED   | 1 | 30 | DAYS   | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | ESPECIALLY_SERIOUS | TRIAL_PREPARATION_EXTENDED   | 1 | 30 | DAYS   | Điều 277(1)
            TRIAL_OPENING       | STANDARD | SERIOUS            | TRIAL_OPENING_EXTENDED       | 1 | 15 | DAYS   | Điều 277
            """)
    void extensionOverTheMaximumIsRefusedAndTheMaximumAccepted(Stage stage, RuleVariant variant, Severity severity,
                                                               EventType type, int ordinal, int max, PeriodUnit unit,
                                                               String article) {
        List<ProcedureEvent> before = withExtensions(stage, variant, type, ordinal - 1);
        String over = type + ":" + (max + 1) + (unit == PeriodUnit.DAYS ? "D" : "M");
        ProcedureViolation v = assertViolation("deadline.extension.tooLong",
                () -> ENGINE.check(severity, before, event(over, START)));
        assertArrayEquals(new Object[] {stage, ordinal, max, unit, max + 1, unit}, v.getArguments());
        assertEquals(before.size(), v.getEventIndex());

        String exact = type + ":" + max + (unit == PeriodUnit.DAYS ? "D" : "M");
        assertEquals(stage, ENGINE.check(severity, before, event(exact, START)));
    }

    @ParameterizedTest(name = "{5}: {0}/{1}/{2} allows {4} extension(s), one more is refused")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION | STANDARD | LESS_SERIOUS       | REPORT_VERIFICATION_EXTENDED | 2 | Điều 147(2)
            INVESTIGATION       | STANDARD | LESS_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | Điều 172(2)(a)
            INVESTIGATION       | STANDARD | SERIOUS            | INVESTIGATION_EXTENDED       | 2 | Điều 172(2)(b)
            INVESTIGATION       | STANDARD | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 2 | Điều 172(2)(c)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 4 | Điều 172(2)(d), (3)
            INVESTIGATION       | RESUMED  | LESS_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | Điều 174(1)
            INVESTIGATION       | RESUMED  | SERIOUS            | INVESTIGATION_EXTENDED       | 1 | Điều 174(1)
            INVESTIGATION       | RESUMED  | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | Điều 174(1)
            INVESTIGATION       | RESUMED  | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 1 | Điều 174(1)
            PROSECUTION         | STANDARD | LESS_SERIOUS       | PROSECUTION_EXTENDED         | 1 | Điều 240
            PROSECUTION         | STANDARD | SERIOUS            | PROSECUTION_EXTENDED         | 1 | Điều 240
            PROSECUTION         | STANDARD | VERY_SERIOUS       | PROSECUTION_EXTENDED         | 1 | Điều 240
            PROSECUTION         | STANDARD | ESPECIALLY_SERIOUS | PROSECUTION_EXTENDED         | 1 | Điều 240
            TRIAL_PREPARATION   | STANDARD | LESS_SERIOUS       | TRIAL_PREPARATION_EXTENDED   | 1 | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | SERIOUS            | TRIAL_PREPARATION_EXTENDED   | 1 | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | VERY_SERIOUS       | TRIAL_PREPARATION_EXTENDED   | 1 | Điều 277(1)
            TRIAL_PREPARATION   | STANDARD | ESPECIALLY_SERIOUS | TRIAL_PREPARATION_EXTENDED   | 1 | Điều 277(1)
            TRIAL_OPENING       | STANDARD | ESPECIALLY_SERIOUS | TRIAL_OPENING_EXTENDED       | 1 | Điều 277
            """)
    void extensionRightsUsedUpAreRefused(Stage stage, RuleVariant variant, Severity severity, EventType type,
                                        int allowed, String article) {
        List<ProcedureEvent> used = withExtensions(stage, variant, type, allowed);
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(severity, used, Fixtures.WEEKENDS, START));
        assertEquals(allowed, limit.extensionsUsed());
        assertEquals(0, limit.extensionsLeft());
        assertEquals(limit.dueDate(), limit.maxDueDate());

        ProcedureViolation v = assertViolation("deadline.extension.exhausted",
                () -> ENGINE.check(severity, used, ProcedureEvent.extension(type, START)));
        assertArrayEquals(new Object[] {stage, allowed}, v.getArguments());
    }

    @ParameterizedTest(name = "{2} while in {0}/{1} is refused: it extends {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PROSECUTION                 | STANDARD   | INVESTIGATION_EXTENDED       | INVESTIGATION
            SUPPLEMENTARY_INVESTIGATION | PROCURACY  | INVESTIGATION_EXTENDED       | INVESTIGATION
            SUPPLEMENTARY_INVESTIGATION | COURT      | INVESTIGATION_EXTENDED       | INVESTIGATION
            SUSPENDED                   | STANDARD   | INVESTIGATION_EXTENDED       | INVESTIGATION
            REPORT_VERIFICATION         | STANDARD   | INVESTIGATION_EXTENDED       | INVESTIGATION
            INVESTIGATION               | STANDARD   | PROSECUTION_EXTENDED         | PROSECUTION
            INVESTIGATION               | STANDARD   | REPORT_VERIFICATION_EXTENDED | REPORT_VERIFICATION
            INDICTED                    | STANDARD   | PROSECUTION_EXTENDED         | PROSECUTION
            TRIAL_OPENING               | STANDARD   | TRIAL_PREPARATION_EXTENDED   | TRIAL_PREPARATION
            TRIAL_PREPARATION           | STANDARD   | TRIAL_OPENING_EXTENDED       | TRIAL_OPENING
            APPEAL_PREPARATION          | HIGH       | TRIAL_PREPARATION_EXTENDED   | TRIAL_PREPARATION
            ENFORCEMENT                 | STANDARD   | TRIAL_OPENING_EXTENDED       | TRIAL_OPENING
            """)
    void extensionOfAnotherStageIsRefused(Stage current, RuleVariant variant, EventType type, Stage target) {
        List<ProcedureEvent> history = historyTo(current, variant, START);
        ProcedureViolation v = assertViolation("deadline.extension.wrongStage",
                () -> ENGINE.check(Severity.SERIOUS, history, ProcedureEvent.extension(type, START)));
        assertArrayEquals(new Object[] {type, current, target}, v.getArguments());
    }

    @ParameterizedTest(name = "{3}: {0} days / {1} months")
    @CsvSource(delimiter = '|', textBlock = """
            10 | 1  | deadline.extension.ambiguousAmount | both units given
            0  |    | deadline.extension.notPositive     | zero days
            -5 |    | deadline.extension.notPositive     | negative days
               | 0  | deadline.extension.notPositive     | zero months
            """)
    void malformedExtensionAmountIsRefused(Integer days, Integer months, String key, String why) {
        List<ProcedureEvent> history = historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, START);
        ProcedureEvent e = new ProcedureEvent(EventType.INVESTIGATION_EXTENDED, START, days, months, null, null);
        assertViolation(key, () -> ENGINE.check(Severity.SERIOUS, history, e));
    }

    @ParameterizedTest(name = "an extension amount on {0} is refused")
    @CsvSource({"CASE_INITIATED", "INVESTIGATION_CONCLUDED", "INVESTIGATION_SUSPENDED", "CLOSED"})
    void extensionAmountOnAnotherEventIsRefused(EventType type) {
        List<ProcedureEvent> history = type == EventType.CASE_INITIATED
                ? List.of() : historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, START);
        ProcedureViolation v = assertViolation("deadline.event.unexpectedField", () -> ENGINE.check(
                Severity.SERIOUS, history, ProcedureEvent.extensionDays(type, START, 10)));
        assertArrayEquals(new Object[] {type, "extension"}, v.getArguments());
    }

    @ParameterizedTest(name = "no amount means the maximum of extension #{1} of {0} investigation: due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SERIOUS      | 1 | 2026-09-10
            SERIOUS      | 2 | 2026-11-10
            VERY_SERIOUS | 1 | 2026-11-10
            """)
    void extensionWithoutAmountTakesTheMaximum(Severity severity, int count, LocalDate due) {
        List<ProcedureEvent> history = withExtensions(Stage.INVESTIGATION, RuleVariant.STANDARD,
                EventType.INVESTIGATION_EXTENDED, count);
        assertEquals(due, Fixtures.lastLimit(ENGINE.assess(severity, history, Fixtures.WEEKENDS, START)).dueDate());
    }
}
