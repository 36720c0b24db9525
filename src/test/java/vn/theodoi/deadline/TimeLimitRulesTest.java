package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule table: the shipped CSV and the parser. */
class TimeLimitRulesTest {

    private static final String HEADER = String.join(";", TimeLimitRules.COLUMNS) + "\n";
    private static final String GOOD = "PROSECUTION;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;Điều 240 BLTTHS 2015;note\n";

    @ParameterizedTest(name = "the shipped table has a row for {0} at every severity and variant")
    @EnumSource(value = Stage.class, names = {"REPORT_VERIFICATION", "INVESTIGATION", "SUPPLEMENTARY_INVESTIGATION",
            "PROSECUTION", "TRIAL_PREPARATION", "TRIAL_OPENING", "APPEAL_PREPARATION"})
    void shippedTableIsComplete(Stage stage) {
        assertTrue(stage.isTimed());
        for (Severity severity : Severity.values()) {
            for (RuleVariant variant : TimeLimitRule.allowedVariants(stage)) {
                TimeLimitRule rule = Fixtures.RULES.find(stage, severity, variant).orElseThrow(
                        () -> new AssertionError("no row for " + stage + "/" + severity + "/" + variant));
                assertTrue(rule.article().contains("BLTTHS 2015"), rule.article());
                assertFalse(rule.note().isBlank(), "every row explains its reading");
            }
        }
    }

    @ParameterizedTest(name = "{0} carries no limit and has no row")
    @EnumSource(value = Stage.class, names = {"INDICTED", "FIRST_INSTANCE_JUDGED", "APPEAL", "APPEAL_JUDGED",
            "ENFORCEMENT", "SUSPENDED", "DISMISSED", "CLOSED"})
    void untimedStagesHaveNoRow(Stage stage) {
        assertFalse(stage.isTimed());
        assertTrue(Fixtures.RULES.rows().stream().noneMatch(r -> r.stage() == stage));
    }

    @Test
    void shippedTableRowCountAndRequestDeadlines() {
        assertEquals(22, Fixtures.RULES.rows().size());
        for (TimeLimitRule r : Fixtures.RULES.rows()) {
            Integer expected = r.stage() == Stage.INVESTIGATION ? 10 : null;
            assertEquals(expected, r.requestExtensionDaysBefore(), r.toString());
        }
        TimeLimitRule es = Fixtures.RULES.find(Stage.INVESTIGATION, Severity.ESPECIALLY_SERIOUS,
                RuleVariant.STANDARD).orElseThrow();
        assertEquals(List.of(LimitPeriod.months(4), LimitPeriod.months(4), LimitPeriod.months(4),
                LimitPeriod.months(4)), es.extensions());
        assertEquals(Integer.valueOf(2), Fixtures.RULES.find(Stage.SUPPLEMENTARY_INVESTIGATION, null,
                RuleVariant.COURT).orElseThrow().maxEntries());
    }

    @Test
    void parsesQuotesCommentsBlankLinesAndByteOrderMark() {
        String csv = "\uFEFF# comment\n\n" + HEADER
                + "TRIAL_OPENING;all;standard;15d;15D;;;NEVER;\"Điều 277; khoản 2\";\"a \"\"quoted\"\" note\"\n";
        TimeLimitRule r = TimeLimitRules.parseCsv(new StringReader(csv)).rows().get(0);
        assertEquals("Điều 277; khoản 2", r.article());
        assertEquals("a \"quoted\" note", r.note());
        assertEquals(DayOffShift.NEVER, r.dayOffShift());
        assertTrue(r.appliesToAllSeverities());
        assertEquals(LimitPeriod.days(15), r.basePeriod());
    }

    @Test
    void severityRowTakesPrecedenceOverAllRow() {
        TimeLimitRules rules = TimeLimitRules.parseCsv(new StringReader(HEADER + GOOD
                + "PROSECUTION;ESPECIALLY_SERIOUS;STANDARD;30D;30D;;;WHEN_MONTHS;Điều 240;x\n"));
        assertEquals(LimitPeriod.days(30), rules.find(Stage.PROSECUTION, Severity.ESPECIALLY_SERIOUS,
                RuleVariant.STANDARD).orElseThrow().basePeriod());
        assertEquals(LimitPeriod.days(20), rules.find(Stage.PROSECUTION, Severity.SERIOUS,
                RuleVariant.STANDARD).orElseThrow().basePeriod());
    }

    @Test
    void missingRowIsReportedWhenTheEngineNeedsIt() {
        DeadlineEngine engine = new DeadlineEngine(TimeLimitRules.parseCsv(new StringReader(HEADER + GOOD)), 15);
        RuleTableException e = assertThrows(RuleTableException.class, () -> engine.assess(Severity.SERIOUS,
                Fixtures.events("CASE_INITIATED"), Fixtures.WEEKENDS, Fixtures.d("2026-03-10")));
        assertEquals("deadline.rules.missing", e.getKey());
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PROSECUTION;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;Điều 240                         | 2 | found 9
            PROSECUTION;ALL;STANDARD;20X;10D;;;WHEN_MONTHS;Điều 240;n                       | 2 | base_period
            PROSECUTION;ALL;STANDARD;0D;10D;;;WHEN_MONTHS;Điều 240;n                        | 2 | positive
            PROSECUTION;ALL;STANDARD;20D;10D,;;;WHEN_MONTHS;Điều 240;n                      | 2 | extensions
            PROSECUTION;ALL;STANDARD;20D;10D;ten;;WHEN_MONTHS;Điều 240;n                    | 2 | request_extension_days_before
            PROSECUTION;ALL;STANDARD;20D;10D;-1;;WHEN_MONTHS;Điều 240;n                     | 2 | negative
            PROSECUTION;ALL;STANDARD;20D;10D;;0;WHEN_MONTHS;Điều 240;n                      | 2 | maxEntries
            PROSECUTION;ALL;STANDARD;20D;10D;;;SOMETIMES;Điều 240;n                         | 2 | day_off_shift
            PROSECUTON;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;Điều 240;n                        | 2 | PROSECUTON
            PROSECUTION;GRAVE;STANDARD;20D;10D;;;WHEN_MONTHS;Điều 240;n                     | 2 | GRAVE
            PROSECUTION;ALL;HIGH;20D;10D;;;WHEN_MONTHS;Điều 240;n                           | 2 | Variant HIGH
            ENFORCEMENT;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;Điều 240;n                       | 2 | carries no time limit
            PROSECUTION;ALL;STANDARD;20D;10D;;;WHEN_MONTHS; ;n                              | 2 | article
            PROSECUTION;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;"Điều 240;n                      | 2 | unterminated
            PROSECUTION;ALL;STANDARD;20D;10D;;;WHEN_MONTHS;Điều "240";n                     | 2 | quote inside
            """)
    void malformedRowNamesItsLine(String row, int line, String expectedInMessage) {
        RuleTableException e = assertThrows(RuleTableException.class,
                () -> TimeLimitRules.parseCsv(new StringReader(HEADER + row + "\n")));
        assertEquals(line, e.getLineNumber());
        assertEquals("deadline.rules.malformed", e.getKey());
        assertTrue(e.getMessage().startsWith("Rule table line " + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void duplicateRowNamesBothLines() {
        RuleTableException e = assertThrows(RuleTableException.class,
                () -> TimeLimitRules.parseCsv(new StringReader(HEADER + "# c\n" + GOOD + GOOD)));
        assertEquals(4, e.getLineNumber());
        assertTrue(e.getMessage().contains("first on line 3"), e.getMessage());
    }

    @ParameterizedTest(name = "bad header: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            stage;severity;variant
            stage,severity,variant,base_period,extensions,request_extension_days_before,max_entries,day_off_shift,article,note
            """)
    void headerIsChecked(String header) {
        RuleTableException e = assertThrows(RuleTableException.class,
                () -> TimeLimitRules.parseCsv(new StringReader(header + "\n" + GOOD)));
        assertEquals(1, e.getLineNumber());
    }

    @Test
    void emptyTableIsRefused() {
        RuleTableException e = assertThrows(RuleTableException.class,
                () -> TimeLimitRules.parseCsv(new StringReader("# nothing\n")));
        assertEquals("deadline.rules.empty", e.getKey());
    }

    @ParameterizedTest(name = "period {0} -> {1} {2}")
    @CsvSource({"20D, 20, DAYS", "2M, 2, MONTHS", " 4 m , 4, MONTHS", "90d, 90, DAYS"})
    void periodNotation(String text, int amount, PeriodUnit unit) {
        assertEquals(new LimitPeriod(amount, unit), LimitPeriod.parse(text));
    }
}
