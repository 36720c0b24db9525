package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.d;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every date explains itself (issue 8, item 17): the start event and the day counting starts, the rule row and
 * its article, each extension added with the body that granted it, each day-off shift with the days off that
 * caused it (named as the seeded calendar names them); and the readings a lawyer may dispute are one column of
 * one row (item 16): changing it changes that row's dates only. Expected steps written by hand.
 */
class DerivationTest {

    private static final DayOffCalendar SEEDED = SeededCalendar.load();

    private static Derivation.Step step(Derivation.StepKind kind, String from, String to, LimitPeriod period,
                                        List<Derivation.DayOff> daysOff) {
        return new Derivation.Step(kind, d(from), d(to), period, null, 0, null, null, null, daysOff);
    }

    private static Derivation.DayOff off(String day, String name) {
        return new Derivation.DayOff(d(day), name);
    }

    /**
     * Điều 172(1), (2)(b), 134: a serious case initiated Monday 5 January 2026; 3 months end Sunday 5 April, moved
     * to Monday 6; extended on 20 March by 3 months granted by the Hà Nội procuracy, added to 5 April: Sunday
     * 5 July, moved to Monday 6 July.
     */
    @Test
    void anInvestigationExtendedOnceExplainsItsDueDate() {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.CASE_INITIATED, d("2026-01-05")),
                ProcedureEvent.extension(EventType.INVESTIGATION_EXTENDED, d("2026-03-20")).grantedBy("VKS-01"));
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, history, SEEDED, d("2026-03-20")));
        Derivation derivation = limit.derivation();

        assertEquals(EventType.CASE_INITIATED, derivation.startEvent());
        assertEquals(d("2026-01-05"), derivation.startEventDate());
        assertEquals(d("2026-01-05"), derivation.countedFrom());
        assertEquals("khoản 1, điểm b khoản 2 Điều 172 BLTTHS 2015", derivation.rule().article());
        assertEquals(limit.article(), derivation.rule().article());
        assertNull(derivation.endEvent());
        assertEquals(4, derivation.steps().size());
        assertEquals(step(Derivation.StepKind.BASE_PERIOD, "2026-01-05", "2026-04-05", LimitPeriod.months(3),
                List.of()), derivation.steps().get(0));
        assertEquals(step(Derivation.StepKind.DAY_OFF_SHIFT, "2026-04-05", "2026-04-06", null,
                List.of(off("2026-04-05", null))), derivation.steps().get(1));
        assertEquals(new Derivation.Step(Derivation.StepKind.EXTENSION, d("2026-04-05"), d("2026-07-05"),
                LimitPeriod.months(3), ExtensionLimit.upTo(LimitPeriod.months(3)), 1,
                EventType.INVESTIGATION_EXTENDED, d("2026-03-20"), "VKS-01", List.of()), derivation.steps().get(2));
        assertEquals(step(Derivation.StepKind.DAY_OFF_SHIFT, "2026-07-05", "2026-07-06", null,
                List.of(off("2026-07-05", null))), derivation.steps().get(3));
        assertEquals(d("2026-07-06"), limit.dueDate());
    }

    /** Điều 174(2), 134: returned by the presiding judge on 16 January 2026: 1 month ends in Tết Bính Ngọ. */
    @Test
    void aShiftOverTetNamesTheHolidays() {
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS,
                historyTo(Stage.SUPPLEMENTARY_INVESTIGATION, RuleVariant.PRESIDING_JUDGE, d("2026-01-16")), SEEDED,
                d("2026-01-16")));
        assertEquals(List.of(
                step(Derivation.StepKind.BASE_PERIOD, "2026-01-16", "2026-02-16", LimitPeriod.months(1), List.of()),
                step(Derivation.StepKind.DAY_OFF_SHIFT, "2026-02-16", "2026-02-23", null, List.of(
                        off("2026-02-16", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)"),
                        off("2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)"),
                        off("2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)"),
                        off("2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)"),
                        off("2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)"),
                        off("2026-02-21", null), off("2026-02-22", null)))), limit.derivation().steps());
    }

    /** Điều 240, 134: a limit in days ending in Tết is not moved, and the derivation says so. */
    @Test
    void aDayLimitEndingOnAHolidayShowsItIsNotMoved() {
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.VERY_SERIOUS,
                historyTo(Stage.PROSECUTION, RuleVariant.STANDARD, d("2026-01-17")), SEEDED, d("2026-01-17")));
        assertEquals(List.of(
                step(Derivation.StepKind.BASE_PERIOD, "2026-01-17", "2026-02-16", LimitPeriod.days(30), List.of()),
                step(Derivation.StepKind.DAY_OFF_NOT_SHIFTED, "2026-02-16", "2026-02-16", null, List.of(
                        off("2026-02-16", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)")))), limit.derivation().steps());
    }

    /**
     * Điều 277(1), 134: 2 months from 16 December 2025 end Monday 16 February 2026 in Tết, moved to 23; one day of
     * extension reaches 17 February, earlier: the due date stays 23 February.
     */
    @Test
    void aShortExtensionKeepsTheLaterDueDate() {
        List<ProcedureEvent> history = new ArrayList<>(historyTo(Stage.TRIAL_PREPARATION, RuleVariant.STANDARD,
                d("2025-12-16")));
        history.add(ProcedureEvent.extensionDays(EventType.TRIAL_PREPARATION_EXTENDED, d("2026-01-05"), 1));
        List<Derivation.Step> steps = Fixtures.lastLimit(ENGINE.assess(Severity.VERY_SERIOUS, history, SEEDED,
                d("2026-01-05"))).derivation().steps();
        assertEquals(Derivation.StepKind.EXTENSION, steps.get(2).kind());
        assertEquals(d("2026-02-17"), steps.get(2).to());
        assertEquals(step(Derivation.StepKind.KEPT_LATER_DUE_DATE, "2026-02-17", "2026-02-23", null, List.of()),
                steps.get(steps.size() - 1));
    }

    /** A report prolonged to its cap: the step shows the cap (2 months from receipt), not an added period. */
    @Test
    void aProlongationToItsCapShowsTheCap() {
        List<ProcedureEvent> history = List.of(ProcedureEvent.of(EventType.REPORT_RECEIVED, d("2026-03-10")),
                ProcedureEvent.extension(EventType.REPORT_VERIFICATION_EXTENDED, d("2026-03-25")));
        Derivation.Step prolongation = Fixtures.lastLimit(ENGINE.assess(null, history, SEEDED, d("2026-03-25")))
                .derivation().steps().stream().filter(s -> s.kind() == Derivation.StepKind.EXTENSION).findFirst()
                .orElseThrow();
        assertEquals(d("2026-03-30"), prolongation.from());
        assertEquals(d("2026-05-10"), prolongation.to());
        assertNull(prolongation.period());
        assertEquals(new ExtensionLimit(LimitPeriod.months(2), true, null), prolongation.allowance());
    }

    /**
     * Item 16: the two readings a lawyer may dispute are columns of one row. Extension counting (Điều 134, 172):
     * a less serious case initiated 2 March 2026, 2 months end Saturday 2 May, moved to Monday 4; a month of
     * extension from the unmoved end reaches 2 June, from the moved end 4 June. Day-off shift of a limit in days
     * (Điều 134, 240): 20 days from 10 April 2026 end on the 30 April holiday: kept, or moved to Monday 4 May.
     */
    @ParameterizedTest(name = "{0}: reading {1} -> due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            INVESTIGATION | FROM_UNSHIFTED_END | 2026-06-02 | the shipped reading
            INVESTIGATION | FROM_SHIFTED_END   | 2026-06-04 | the other reading
            PROSECUTION   | WHEN_MONTHS        | 2026-04-30 | the shipped reading
            PROSECUTION   | ALWAYS             | 2026-05-04 | the other reading
            """)
    void oneColumnOfOneRowChangesThatRowsDates(Stage stage, String reading, LocalDate due, String why) {
        Severity severity = stage == Stage.INVESTIGATION ? Severity.LESS_SERIOUS : Severity.SERIOUS;
        LocalDate start = stage == Stage.INVESTIGATION ? d("2026-03-02") : d("2026-04-10");
        TimeLimitRule shipped = Fixtures.RULES.require(stage, severity, RuleVariant.STANDARD, start);
        TimeLimitRule changed = new TimeLimitRule(shipped.stage(), shipped.severity(), shipped.variant(),
                shipped.validFrom(), shipped.validTo(), shipped.code(), shipped.basePeriod(), shipped.extensions(),
                shipped.requestExtensionDaysBefore(), shipped.maxEntries(),
                stage == Stage.PROSECUTION ? DayOffShift.valueOf(reading) : shipped.dayOffShift(),
                stage == Stage.INVESTIGATION ? ExtensionCounting.valueOf(reading) : shipped.extensionCounting(),
                shipped.article(), shipped.note(), shipped.reviewedBy(), shipped.reviewedOn());
        List<TimeLimitRule> rows = new ArrayList<>(Fixtures.RULES.rows());
        rows.set(rows.indexOf(shipped), changed);
        DeadlineEngine engine = new DeadlineEngine(TimeLimitRules.of(rows), DeadlineEngine.DEFAULT_DUE_SOON_DAYS);

        List<ProcedureEvent> history = new ArrayList<>(historyTo(stage, RuleVariant.STANDARD, start));
        if (stage == Stage.INVESTIGATION) {
            history.add(ProcedureEvent.extensionMonths(EventType.INVESTIGATION_EXTENDED, start, 1));
        }
        assertEquals(due, Fixtures.lastLimit(engine.assess(severity, history, SEEDED, start)).dueDate(), why);
        assertEquals(Fixtures.lastLimit(ENGINE.assess(Severity.VERY_SERIOUS, historyTo(stage, RuleVariant.STANDARD,
                start), SEEDED, start)), Fixtures.lastLimit(engine.assess(Severity.VERY_SERIOUS,
                historyTo(stage, RuleVariant.STANDARD, start), SEEDED, start)), "the other rows are unchanged");
    }
}
