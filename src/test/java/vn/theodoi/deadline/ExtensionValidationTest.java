package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /** The added extensions (not the prolongation of a crime report, see {@link ReportVerificationTest}). */
    @ParameterizedTest(name = "{7}: extension #{4} of {0}/{1}/{2} at most {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION | STANDARD | SERIOUS            | REPORT_VERIFICATION_EXTENDED | 2 | 2  | MONTHS | Điều 147(2)
            INVESTIGATION       | STANDARD | LESS_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 2  | MONTHS | Điều 172(2)(a)
            INVESTIGATION       | STANDARD | SERIOUS            | INVESTIGATION_EXTENDED       | 1 | 3  | MONTHS | Điều 172(2)(b)
            INVESTIGATION       | STANDARD | SERIOUS            | INVESTIGATION_EXTENDED       | 2 | 2  | MONTHS | Điều 172(2)(b)
            INVESTIGATION       | STANDARD | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 1 | 4  | MONTHS | Điều 172(2)(c)
            INVESTIGATION       | STANDARD | VERY_SERIOUS       | INVESTIGATION_EXTENDED       | 2 | 4  | MONTHS | Điều 172(2)(c)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 1 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 2 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED       | 3 | 4  | MONTHS | Điều 172(2)(d)
            INVESTIGATION       | STANDARD | ESPECIALLY_SERIOUS | INVESTIGATION_EXTENDED@VKSTC | 4 | 4  | MONTHS | Điều 172(3)
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
                                                               String typeAndGrantor, int ordinal, int max,
                                                               PeriodUnit unit, String article) {
        EventType type = EventType.valueOf(typeAndGrantor.split("@")[0]);
        String grantor = typeAndGrantor.contains("@") ? "@" + typeAndGrantor.split("@")[1] : "";
        List<ProcedureEvent> before = withExtensions(stage, variant, type, ordinal - 1);
        String over = type + ":" + (max + 1) + (unit == PeriodUnit.DAYS ? "D" : "M") + grantor;
        ProcedureViolation v = assertViolation("deadline.extension.tooLong",
                () -> Fixtures.check(severity, before, event(over, START)));
        assertArrayEquals(new Object[] {stage, ordinal, max, unit, max + 1, unit}, v.getArguments());
        assertEquals(before.size(), v.getEventIndex());

        String exact = type + ":" + max + (unit == PeriodUnit.DAYS ? "D" : "M") + grantor;
        assertEquals(stage, Fixtures.check(severity, before, event(exact, START)));
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
                () -> Fixtures.check(severity, used, ProcedureEvent.extension(type, START)));
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
            APPEAL_PREPARATION          | SUPREME    | TRIAL_PREPARATION_EXTENDED   | TRIAL_PREPARATION
            TRIAL_HEARING               | STANDARD   | TRIAL_OPENING_EXTENDED       | TRIAL_OPENING
            TRIAL_POSTPONED             | STANDARD   | TRIAL_OPENING_EXTENDED       | TRIAL_OPENING
            ENFORCEMENT                 | STANDARD   | TRIAL_OPENING_EXTENDED       | TRIAL_OPENING
            """)
    void extensionOfAnotherStageIsRefused(Stage current, RuleVariant variant, EventType type, Stage target) {
        List<ProcedureEvent> history = historyTo(current, variant, START);
        ProcedureViolation v = assertViolation("deadline.extension.wrongStage",
                () -> Fixtures.check(Severity.SERIOUS, history, ProcedureEvent.extension(type, START)));
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
        assertViolation(key, () -> Fixtures.check(Severity.SERIOUS, history, e));
    }

    @ParameterizedTest(name = "an extension amount on {0} is refused")
    @CsvSource({"CASE_INITIATED", "INVESTIGATION_CONCLUDED", "INVESTIGATION_SUSPENDED", "CLOSED"})
    void extensionAmountOnAnotherEventIsRefused(EventType type) {
        List<ProcedureEvent> history = type == EventType.CASE_INITIATED
                ? List.of() : historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, START);
        ProcedureViolation v = assertViolation("deadline.event.unexpectedField", () -> Fixtures.check(
                Severity.SERIOUS, history, ProcedureEvent.extensionDays(type, START, 10)));
        assertArrayEquals(new Object[] {type, "extension"}, v.getArguments());
        ProcedureViolation g = assertViolation("deadline.event.unexpectedField", () -> Fixtures.check(
                Severity.SERIOUS, history, ProcedureEvent.of(type, START).grantedBy("VKSTC")));
        assertArrayEquals(new Object[] {type, "grantedBy"}, g.getArguments());
    }

    /**
     * Điều 172(2), 240, 277, 147(2), 174(1): an extension must be decided by the last day of the limit in force
     * (with the 2026 holidays: a month limit moved over a Sunday ends on the Monday); one dated the day after is
     * refused, the limit having been missed. Due dates counted by hand.
     */
    @ParameterizedTest(name = "{6}: {0}/{1}/{2} due {4}: extended on it accepted, on the day after refused")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION | STANDARD | SERIOUS      | REPORT_VERIFICATION_EXTENDED |                           | 2026-03-30 | Điều 147(2): 20 days
            REPORT_VERIFICATION | STANDARD | SERIOUS      | REPORT_VERIFICATION_EXTENDED | REPORT_VERIFICATION_EXTENDED | 2026-05-11 | Điều 147(2): 2 months from receipt, Sunday 10 May moved
            INVESTIGATION       | STANDARD | LESS_SERIOUS | INVESTIGATION_EXTENDED       |                           | 2026-05-11 | Điều 172(2): 2 months, Sunday 10 May moved
            INVESTIGATION       | STANDARD | SERIOUS      | INVESTIGATION_EXTENDED       | INVESTIGATION_EXTENDED    | 2026-09-10 | Điều 172(2)(b): 3 + 3 months
            INVESTIGATION       | RESUMED  | SERIOUS      | INVESTIGATION_EXTENDED       |                           | 2026-05-11 | Điều 174(1): 2 months
            PROSECUTION         | STANDARD | SERIOUS      | PROSECUTION_EXTENDED         |                           | 2026-03-30 | Điều 240: 20 days
            TRIAL_PREPARATION   | STANDARD | SERIOUS      | TRIAL_PREPARATION_EXTENDED   |                           | 2026-04-24 | Điều 277(1): 45 days
            TRIAL_OPENING       | STANDARD | SERIOUS      | TRIAL_OPENING_EXTENDED       |                           | 2026-03-25 | Điều 277(2): 15 days
            """)
    void extensionAfterTheLimitEndedIsRefused(Stage stage, RuleVariant variant, Severity severity, EventType type,
                                              String earlier, LocalDate due, String article) {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(stage, variant, START));
        if (earlier != null) {
            history.add(ProcedureEvent.extension(EventType.valueOf(earlier), START));
        }
        assertEquals(due, Fixtures.lastLimit(ENGINE.assess(severity, history, Fixtures.VN_2026, START)).dueDate());

        assertEquals(stage, Fixtures.check(severity, history, ProcedureEvent.extension(type, due)));
        ProcedureViolation v = assertViolation("deadline.extension.afterLimitEnded",
                () -> Fixtures.check(severity, history, ProcedureEvent.extension(type, due.plusDays(1))));
        assertArrayEquals(new Object[] {stage, due.plusDays(1), due}, v.getArguments());
        assertEquals(history.size(), v.getEventIndex());
        // the same history stored with the late extension is refused too: the limit was missed
        List<ProcedureEvent> stored = new ArrayList<>(history);
        stored.add(ProcedureEvent.extension(type, due.plusDays(1)));
        assertViolation("deadline.extension.afterLimitEnded",
                () -> ENGINE.assess(severity, stored, Fixtures.VN_2026, due.plusDays(1)));
    }

    /**
     * Điều 172(3): the fourth extension of an especially serious investigation (or re-investigation, Điều 174(3))
     * only by the Supreme People's Procuracy (organization code VKSTC of the reference data); the granting body is
     * kept on the derivation. A history stored before the body was recorded keeps its extension, flagged.
     */
    @ParameterizedTest(name = "{0}: fourth extension granted by {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            STANDARD        | VKSTC  |                                  | Điều 172(3)
            STANDARD        | vkstc  |                                  | Điều 172(3): codes compared without case
            STANDARD        | VKS-01 | deadline.extension.wrongGrantor  | Điều 172(3): a provincial procuracy may not
            STANDARD        |        | deadline.extension.grantorRequired | Điều 172(3): the body must be named
            REINVESTIGATION | VKSTC  |                                  | Điều 174(3), 172(3)
            REINVESTIGATION | VKS-79 | deadline.extension.wrongGrantor  | Điều 174(3), 172(3)
            """)
    void fourthExtensionOfAnEspeciallySeriousInvestigation(RuleVariant variant, String grantor, String refusal,
                                                           String article) {
        List<ProcedureEvent> three = withExtensions(Stage.INVESTIGATION, variant, EventType.INVESTIGATION_EXTENDED, 3);
        ProcedureEvent fourth = ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, START).grantedBy(grantor);
        if (refusal == null) {
            assertEquals(Stage.INVESTIGATION, Fixtures.check(Severity.ESPECIALLY_SERIOUS, three, fourth));
            List<ProcedureEvent> four = new ArrayList<>(three);
            four.add(fourth);
            TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.ESPECIALLY_SERIOUS, four, Fixtures.WEEKENDS,
                    START));
            assertEquals(d("2027-11-10"), limit.dueDate(), "4 + 4 x 4 months from 10 March 2026");
            Derivation.Step step = limit.derivation().steps().stream()
                    .filter(x -> x.kind() == Derivation.StepKind.EXTENSION && x.ordinal() == 4).findFirst()
                    .orElseThrow();
            assertEquals(grantor, step.grantedBy());
            assertEquals("VKSTC", step.allowance().requiredGrantor());
            assertTrue(limit.flags().isEmpty());
        } else {
            ProcedureViolation v = assertViolation(refusal,
                    () -> Fixtures.check(Severity.ESPECIALLY_SERIOUS, three, fourth));
            assertEquals(Stage.INVESTIGATION, v.getArguments()[0]);
            assertEquals(4, v.getArguments()[1]);
            assertEquals("VKSTC", v.getArguments()[2]);
        }
    }

    @ParameterizedTest(name = "Điều 172(3): a fourth extension stored without its granting body ({0}) is kept, flagged")
    @CsvSource({"STANDARD", "REINVESTIGATION"})
    void storedFourthExtensionWithoutGrantorIsFlagged(RuleVariant variant) {
        List<ProcedureEvent> four = withExtensions(Stage.INVESTIGATION, variant, EventType.INVESTIGATION_EXTENDED, 4);
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.ESPECIALLY_SERIOUS, four, Fixtures.WEEKENDS, START));
        assertEquals(4, limit.extensionsUsed());
        assertEquals(List.of(LimitFlag.GRANTOR_NOT_RECORDED), limit.flags());
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
