package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule table: the shipped CSV and the parser. */
class TimeLimitRulesTest {

    private static final String HEADER = String.join(";", TimeLimitRules.COLUMNS) + "\n";
    private static final String GOOD = "PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;"
            + "FROM_UNSHIFTED_END;Điều 240 BLTTHS 2015;note;;\n";

    /**
     * Every stage, severity and variant the engine may need has a row on every day from 1 January 2018 (2015 Code)
     * and, where the 2003 Code had the limit, on every day from 1 July 2004; each row names its Code in its
     * article and explains its reading.
     */
    @ParameterizedTest(name = "the shipped table has a row for {0} at every severity and variant on {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            REPORT_VERIFICATION         | 2026-03-10 | BLTTHS_2015 | STANDARD RESUMED
            INVESTIGATION               | 2026-03-10 | BLTTHS_2015 | STANDARD RESUMED REINVESTIGATION
            SUPPLEMENTARY_INVESTIGATION | 2026-03-10 | BLTTHS_2015 | PROCURACY PRESIDING_JUDGE TRIAL_PANEL
            PROSECUTION                 | 2026-03-10 | BLTTHS_2015 | STANDARD RESTORED
            TRIAL_PREPARATION           | 2026-03-10 | BLTTHS_2015 | STANDARD RETURNED RESTORED RETRIAL
            TRIAL_OPENING               | 2026-03-10 | BLTTHS_2015 | STANDARD
            TRIAL_POSTPONED             | 2026-03-10 | BLTTHS_2015 | STANDARD
            APPEAL_PREPARATION          | 2026-03-10 | BLTTHS_2015 | PROVINCIAL SUPREME
            APPEAL_PREPARATION          | 2025-06-30 | BLTTHS_2015 | PROVINCIAL HIGH
            APPEAL_TRIAL_POSTPONED      | 2026-03-10 | BLTTHS_2015 | STANDARD
            REPORT_VERIFICATION         | 2018-01-01 | BLTTHS_2015 | STANDARD RESUMED
            REPORT_VERIFICATION         | 2017-12-31 | BLTTHS_2003 | STANDARD
            INVESTIGATION               | 2016-05-05 | BLTTHS_2003 | STANDARD RESUMED REINVESTIGATION
            SUPPLEMENTARY_INVESTIGATION | 2016-05-05 | BLTTHS_2003 | PROCURACY PRESIDING_JUDGE TRIAL_PANEL COURT
            PROSECUTION                 | 2004-07-01 | BLTTHS_2003 | STANDARD
            TRIAL_PREPARATION           | 2016-05-05 | BLTTHS_2003 | STANDARD RETURNED RETRIAL
            TRIAL_OPENING               | 2016-05-05 | BLTTHS_2003 | STANDARD
            TRIAL_POSTPONED             | 2016-05-05 | BLTTHS_2003 | STANDARD
            APPEAL_PREPARATION          | 2015-05-31 | BLTTHS_2003 | PROVINCIAL SUPREME
            APPEAL_PREPARATION          | 2015-06-01 | BLTTHS_2003 | PROVINCIAL HIGH
            """)
    void shippedTableIsComplete(Stage stage, LocalDate day, ProcedureCode code, String variants) {
        assertTrue(stage.isTimed());
        for (Severity severity : Severity.values()) {
            for (String v : variants.split(" ")) {
                RuleVariant variant = RuleVariant.valueOf(v);
                TimeLimitRule rule = Fixtures.RULES.find(stage, severity, variant, day).orElseThrow(
                        () -> new AssertionError("no row for " + stage + "/" + severity + "/" + variant + " on " + day));
                assertEquals(code, rule.code(), rule.toString());
                assertTrue(rule.article().contains(code == ProcedureCode.BLTTHS_2015 ? "BLTTHS 2015" : "BLTTHS 2003"),
                        rule.article());
                assertFalse(rule.note().isBlank(), "every row explains its reading");
            }
        }
    }

    @ParameterizedTest(name = "{0}/{1}: no row on {2}, the Code or the court did not provide it then")
    @CsvSource(delimiter = '|', textBlock = """
            APPEAL_PREPARATION  | HIGH      | 2025-07-01 | high courts dissolved (Law 81/2025/QH15)
            APPEAL_PREPARATION  | HIGH      | 2015-05-31 | high courts from 1 June 2015
            APPEAL_PREPARATION  | SUPREME   | 2020-01-15 | the Supreme People's Court heard no appeal from 1 June 2015 to 30 June 2025
            REPORT_VERIFICATION | RESUMED   | 2017-12-31 | no suspension of report handling in the 2003 Code
            PROSECUTION         | RESTORED  | 2017-06-01 | no 2003 row written (to be added by a lawyer)
            INVESTIGATION       | STANDARD  | 2004-06-30 | before the 2003 Code
            """)
    void noRowOutsideThePeriodOfTheLaw(Stage stage, RuleVariant variant, LocalDate day, String why) {
        for (Severity severity : Severity.values()) {
            assertTrue(Fixtures.RULES.find(stage, severity, variant, day).isEmpty(), why);
        }
        ProcedureViolation v = assertThrows(ProcedureViolation.class,
                () -> Fixtures.RULES.require(stage, Severity.SERIOUS, variant, day));
        assertEquals("deadline.rules.notInForce", v.getKey());
    }

    @ParameterizedTest(name = "{0} carries no limit and has no row")
    @EnumSource(value = Stage.class, names = {"INDICTED", "TRIAL_HEARING", "FIRST_INSTANCE_JUDGED", "APPEAL",
            "APPEAL_HEARING", "APPEAL_JUDGED", "ENFORCEMENT", "SUSPENDED", "DISMISSED", "CLOSED"})
    void untimedStagesHaveNoRow(Stage stage) {
        assertFalse(stage.isTimed());
        assertTrue(Fixtures.RULES.rows().stream().noneMatch(r -> r.stage() == stage));
    }

    @Test
    void shippedTableRowCountRequestDeadlinesAndGrantors() {
        assertEquals(77, Fixtures.RULES.rows().size());
        for (TimeLimitRule r : Fixtures.RULES.rows()) {
            Integer expected = r.stage() == Stage.INVESTIGATION && !r.extensions().isEmpty() ? Integer.valueOf(10)
                    : r.stage() == Stage.REPORT_VERIFICATION && r.variant() == RuleVariant.STANDARD
                            && r.code() == ProcedureCode.BLTTHS_2015 ? Integer.valueOf(5) : null;
            assertEquals(expected, r.requestExtensionDaysBefore(), r.toString());
            assertNull(r.reviewedBy(), "no row claims a review nobody made: " + r);
        }
        TimeLimitRule es = Fixtures.RULES.find(Stage.INVESTIGATION, Severity.ESPECIALLY_SERIOUS,
                RuleVariant.STANDARD, LocalDate.of(2026, 3, 10)).orElseThrow();
        assertEquals(List.of(ExtensionLimit.upTo(LimitPeriod.months(4)), ExtensionLimit.upTo(LimitPeriod.months(4)),
                ExtensionLimit.upTo(LimitPeriod.months(4)), new ExtensionLimit(LimitPeriod.months(4), false, "VKSTC")),
                es.extensions(), "Điều 172(3): the fourth by the Supreme People's Procuracy");
        TimeLimitRule report = Fixtures.RULES.find(Stage.REPORT_VERIFICATION, null, RuleVariant.STANDARD,
                LocalDate.of(2026, 3, 10)).orElseThrow();
        assertEquals(List.of(new ExtensionLimit(LimitPeriod.months(2), true, null),
                ExtensionLimit.upTo(LimitPeriod.months(2))), report.extensions(),
                "Điều 147(2): prolonged to 2 months from receipt, then once by the procuracy");
        assertEquals(Integer.valueOf(1), Fixtures.RULES.find(Stage.SUPPLEMENTARY_INVESTIGATION, null,
                RuleVariant.PRESIDING_JUDGE, LocalDate.of(2026, 3, 10)).orElseThrow().maxEntries());
        assertEquals(Integer.valueOf(2), Fixtures.RULES.find(Stage.SUPPLEMENTARY_INVESTIGATION, null,
                RuleVariant.COURT, LocalDate.of(2016, 3, 10)).orElseThrow().maxEntries());
    }

    /**
     * Điều 134: the two readings a lawyer may dispute are written on every row they concern, naming the column to
     * change: the day-off reading on every row whose limit or extension is in days, the chaining reading on every
     * row with month extensions after a month base.
     */
    @Test
    void everyDisputedReadingIsWrittenOnItsRow() {
        for (TimeLimitRule r : Fixtures.RULES.rows()) {
            boolean inDays = r.basePeriod().unit() == PeriodUnit.DAYS
                    || r.extensions().stream().anyMatch(x -> x.max().unit() == PeriodUnit.DAYS);
            if (inDays) {
                assertTrue(r.note().contains("day_off_shift") && r.note().contains("ALWAYS"), r.toString());
            }
            boolean chained = r.extensions().stream().anyMatch(x -> x.max().unit() == PeriodUnit.MONTHS)
                    && r.extensions().size() > (r.extensions().get(0).fromStart() ? 1 : 0)
                    && r.variant() != RuleVariant.RESUMED;
            if (chained) {
                assertTrue(r.note().contains("extension_counting") && r.note().contains("FROM_SHIFTED_END"),
                        r.toString());
            }
        }
    }

    @Test
    void parsesQuotesCommentsBlankLinesAndByteOrderMark() {
        String csv = "\uFEFF# comment\n\n" + HEADER
                + "TRIAL_OPENING;all;standard;2018-01-01;;bltths_2015;15d;15D;;;NEVER;from_shifted_end;"
                + "\"Điều 277; khoản 2\";\"a \"\"quoted\"\" note\";Luật sư A;2026-11-20\n";
        TimeLimitRule r = TimeLimitRules.parseCsv(new StringReader(csv)).rows().get(0);
        assertEquals("Điều 277; khoản 2", r.article());
        assertEquals("a \"quoted\" note", r.note());
        assertEquals(DayOffShift.NEVER, r.dayOffShift());
        assertTrue(r.appliesToAllSeverities());
        assertEquals(LimitPeriod.days(15), r.basePeriod());
        assertEquals(ExtensionCounting.FROM_SHIFTED_END, r.extensionCounting());
        assertEquals("Luật sư A", r.reviewedBy());
        assertEquals(LocalDate.of(2026, 11, 20), r.reviewedOn());
        assertNull(r.validTo());
        assertEquals(ProcedureCode.BLTTHS_2015, r.code());
    }

    @Test
    void severityRowTakesPrecedenceOverAllRow() {
        TimeLimitRules rules = TimeLimitRules.parseCsv(new StringReader(HEADER + GOOD
                + "PROSECUTION;ESPECIALLY_SERIOUS;STANDARD;2018-01-01;;BLTTHS_2015;30D;30D;;;WHEN_MONTHS;"
                + "FROM_UNSHIFTED_END;Điều 240;x;;\n"));
        LocalDate day = LocalDate.of(2026, 3, 10);
        assertEquals(LimitPeriod.days(30), rules.find(Stage.PROSECUTION, Severity.ESPECIALLY_SERIOUS,
                RuleVariant.STANDARD, day).orElseThrow().basePeriod());
        assertEquals(LimitPeriod.days(20), rules.find(Stage.PROSECUTION, Severity.SERIOUS,
                RuleVariant.STANDARD, day).orElseThrow().basePeriod());
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
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n                | 2 | found 14
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20X;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;              | 2 | base_period
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;0D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;               | 2 | positive
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D,;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;             | 2 | extensions
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D@;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;             | 2 | organization code
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;ten;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;           | 2 | request_extension_days_before
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;-1;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;            | 2 | negative
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;0;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;             | 2 | maxEntries
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;SOMETIMES;FROM_UNSHIFTED_END;Điều 240;n;;                | 2 | day_off_shift
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_THE_MOON;Điều 240;n;;                   | 2 | extension_counting
            PROSECUTON;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;               | 2 | PROSECUTON
            PROSECUTION;GRAVE;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;            | 2 | GRAVE
            PROSECUTION;ALL;HIGH;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;                  | 2 | Variant HIGH
            ENFORCEMENT;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;              | 2 | carries no time limit
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END; ;n;;                     | 2 | article
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;"Điều 240;n;;             | 2 | unterminated
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều "240";n;;            | 2 | quote inside
            PROSECUTION;ALL;STANDARD;;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;                        | 2 | valid_from
            PROSECUTION;ALL;STANDARD;1/1/2018;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;                | 2 | ISO date
            PROSECUTION;ALL;STANDARD;2018-01-01;2017-12-31;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;    | 2 | before valid_from
            PROSECUTION;ALL;STANDARD;2016-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;              | 2 | entered into force
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_1999;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;              | 2 | BLTTHS_1999
            PROSECUTION;ALL;STANDARD;2018-01-01;;BLTTHS_2015;20D;10D;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;2026-11-20    | 2 | reviewed_on without reviewed_by
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

    @ParameterizedTest(name = "rows of {0}..{1} and {2}..{3}: overlap={4}")
    @CsvSource(delimiter = '|', textBlock = """
            2004-07-01 | 2017-12-31 | 2018-01-01 |            | false
            2004-07-01 | 2018-01-01 | 2018-01-01 |            | true
            2004-07-01 |            | 2018-01-01 |            | true
            2018-01-01 | 2025-06-30 | 2025-07-01 |            | false
            2018-01-01 | 2025-06-30 | 2020-01-01 | 2020-12-31 | true
            """)
    void rowsOfTheSameKeyMustNotOverlapInTime(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2,
                                              boolean overlap) {
        String csv = HEADER + row("2003", from1, to1) + row("2015", from2, to2);
        if (overlap) {
            RuleTableException e = assertThrows(RuleTableException.class,
                    () -> TimeLimitRules.parseCsv(new StringReader(csv)));
            assertEquals(3, e.getLineNumber());
        } else {
            TimeLimitRules rules = TimeLimitRules.parseCsv(new StringReader(csv));
            assertEquals(LimitPeriod.days(20), rules.require(Stage.PROSECUTION, Severity.SERIOUS,
                    RuleVariant.STANDARD, from1).basePeriod());
            assertEquals(LimitPeriod.days(25), rules.require(Stage.PROSECUTION, Severity.SERIOUS,
                    RuleVariant.STANDARD, from2).basePeriod());
        }
    }

    private static String row(String year, LocalDate from, LocalDate to) {
        return "PROSECUTION;ALL;STANDARD;" + from + ";" + (to == null ? "" : to) + ";BLTTHS_" + year + ";"
                + (year.equals("2003") ? "20D" : "25D") + ";;;;WHEN_MONTHS;FROM_UNSHIFTED_END;Điều 240;n;;\n";
    }

    @Test
    void aRowStoredElsewhereIsReadFromItsColumns() {
        TimeLimitRule r = TimeLimitRules.rowOf(java.util.Arrays.asList("INVESTIGATION", "ESPECIALLY_SERIOUS",
                "STANDARD", "2018-01-01", null, "BLTTHS_2015", "4M", "4M,4M,4M,4M@VKSTC", "10", null, "WHEN_MONTHS",
                "FROM_UNSHIFTED_END", "Điều 172 BLTTHS 2015", "note", "", ""));
        assertEquals("VKSTC", r.extensions().get(3).requiredGrantor());
        assertEquals(Integer.valueOf(10), r.requestExtensionDaysBefore());
        RuleTableException e = assertThrows(RuleTableException.class, () -> TimeLimitRules.rowOf(List.of("x")));
        assertEquals("deadline.rules.malformed", e.getKey());
    }

    @ParameterizedTest(name = "bad header: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            stage;severity;variant
            stage;severity;variant;base_period;extensions;request_extension_days_before;max_entries;day_off_shift;article;note
            stage,severity,variant,valid_from,valid_to,code,base_period,extensions,request_extension_days_before,max_entries,day_off_shift,extension_counting,article,note,reviewed_by,reviewed_on
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

    @ParameterizedTest(name = "extension {0} -> {1}, from start {2}, granted by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2M        | 2M | false |
            =2M       | 2M | true  |
            4M@VKSTC  | 4M | false | VKSTC
            = 2M@vkstc| 2M | true  | VKSTC
            """)
    void extensionNotation(String text, String max, boolean fromStart, String grantor) {
        ExtensionLimit x = ExtensionLimit.parse(text);
        assertEquals(LimitPeriod.parse(max), x.max());
        assertEquals(fromStart, x.fromStart());
        assertEquals(grantor, x.requiredGrantor());
        assertEquals(x, ExtensionLimit.parse(x.toString()));
    }
}
