package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.theodoi.deadline.Fixtures.ENGINE;
import static vn.theodoi.deadline.Fixtures.historyTo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day calendar the migrations seed back to 2013 (issue 8, item 15), read from the migrated database:
 * the days announced for civil servants each year (Labor Code 2012 Art. 115, Labor Code 2019 Art. 111-112, the
 * Prime Minister's day swaps), and limits that run through an old Tết counted on it (Điều 134). Expected days are
 * the announcements' (source in V21's comments), not read back from the seed.
 */
class SeededCalendarTest {

    private static final DayOffCalendar SEEDED = SeededCalendar.load();

    @ParameterizedTest(name = "{0} is a day off: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2013-01-05 | false | Saturday worked back for Monday 31 December 2012
            2013-02-11 | true  | Tết Quý Tỵ, mùng 2
            2013-02-14 | true  | compensating mùng 1 (Sunday)
            2013-02-15 | true  | swapped
            2013-02-18 | false | back to work
            2013-02-23 | false | Saturday worked back
            2013-04-19 | true  | Hùng Kings
            2013-04-29 | true  | swapped
            2013-05-04 | false | Saturday worked back
            2013-09-02 | true  | National Day (fixed holiday)
            2014-01-25 | false | Saturday worked back
            2014-01-28 | true  | swapped, 28 Chạp
            2014-02-05 | true  | compensating mùng 3 (Sunday)
            2014-02-06 | false | back to work
            2014-02-08 | false | Saturday worked back
            2014-04-09 | true  | Hùng Kings
            2014-05-02 | true  | swapped
            2014-09-01 | false | no swap for National Day 2014
            2014-12-27 | false | Saturday worked back for Friday 2 January 2015
            2015-01-02 | true  | swapped
            2015-02-16 | true  | swapped, 28 Chạp
            2015-02-23 | true  | compensating mùng 3 (Saturday)
            2015-02-24 | false | back to work
            2015-04-29 | true  | swapped after the Hùng Kings' day
            2016-02-12 | true  | compensating 29 Chạp (Sunday)
            2016-04-18 | true  | compensating the Hùng Kings' day (Saturday)
            2016-05-03 | true  | compensating 1 May (Sunday)
            2017-01-02 | true  | compensating New Year (Sunday)
            2017-02-01 | true  | compensating mùng 2 (Sunday)
            2017-02-02 | false | back to work
            2017-09-04 | true  | compensating National Day (Saturday)
            2018-02-20 | true  | compensating mùng 3 (Sunday)
            2018-02-21 | false | back to work
            2018-09-03 | true  | compensating National Day (Sunday)
            2018-12-31 | true  | swapped for Saturday 5 January 2019
            2019-01-05 | false | Saturday worked back
            2019-02-08 | true  | Tết Kỷ Hợi, mùng 4
            2019-04-15 | true  | compensating the Hùng Kings' day (Sunday)
            2019-05-04 | false | Saturday worked back
            2019-09-03 | false | one day of National Day before 2021
            2020-01-29 | true  | compensating mùng 2 (Sunday)
            2020-01-30 | false | back to work
            2020-04-02 | true  | Hùng Kings
            2020-09-01 | false | one day of National Day before 2021
            2021-02-16 | true  | compensating mùng 3 (Sunday)
            2021-05-03 | true  | compensating 1 May (Saturday)
            2021-09-03 | true  | second day of National Day (Labor Code 2019)
            2022-01-03 | true  | compensating New Year (Saturday)
            2022-02-04 | true  | Tết Nhâm Dần, mùng 4
            2022-04-11 | true  | compensating the Hùng Kings' day (Sunday)
            2022-09-01 | true  | day before National Day
            2023-01-26 | true  | compensating mùng 1 (Sunday)
            2023-01-27 | false | back to work
            2023-05-03 | true  | compensating 30 April (Sunday)
            2023-09-04 | true  | compensating National Day (Saturday)
            2024-02-08 | true  | Tết Giáp Thìn, 29 Chạp
            2024-02-14 | true  | compensating mùng 2 (Sunday)
            2024-02-15 | false | back to work
            2024-04-29 | true  | swapped
            2024-05-04 | false | Saturday worked back
            2024-09-03 | true  | day after National Day
            2025-01-27 | true  | Tết Ất Tỵ (seeded before)
            2026-02-20 | true  | Tết Bính Ngọ (seeded before)
            """)
    void theAnnouncedDays(LocalDate day, boolean off, String why) {
        assertEquals(off, SEEDED.isDayOff(day), why);
    }

    /** Weekdays off around each Tết, counted from the announcements (a missing or extra row shows here). */
    @ParameterizedTest(name = "Tết {0}: {1} weekdays off from {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2013 | 5 | 2013-02-04 | 2013-02-28
            2014 | 7 | 2014-01-20 | 2014-02-14
            2015 | 6 | 2015-02-09 | 2015-03-06
            2016 | 5 | 2016-02-01 | 2016-02-26
            2017 | 5 | 2017-01-20 | 2017-02-14
            2018 | 5 | 2018-02-05 | 2018-03-02
            2019 | 5 | 2019-01-28 | 2019-02-22
            2020 | 5 | 2020-01-13 | 2020-02-07
            2021 | 5 | 2021-02-01 | 2021-02-26
            2022 | 5 | 2022-01-24 | 2022-02-18
            2023 | 5 | 2023-01-13 | 2023-02-10
            2024 | 5 | 2024-02-01 | 2024-02-29
            """)
    void tetWeekdaysOff(int year, int weekdays, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && SEEDED.isDayOff(d)) {
                count++;
            }
        }
        assertEquals(weekdays, count);
        assertEquals(true, SEEDED.hasLunarHolidays(year));
    }

    /**
     * Điều 134 over Tết Giáp Thìn 2024 (off Thursday 8 to Wednesday 14 February): a limit in months ending in it
     * ends on Thursday 15 February; one in days is not moved (the row's reading).
     */
    @ParameterizedTest(name = "Điều 134, Tết 2024: {0}/{1}/{2} from {3}: unshifted {4}, last day {5}")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPLEMENTARY_INVESTIGATION | PRESIDING_JUDGE | SERIOUS      | 2024-01-08 | 2024-02-08 | 2024-02-15 | 1 month, Điều 174(2)
            INVESTIGATION               | STANDARD        | LESS_SERIOUS | 2023-12-12 | 2024-02-12 | 2024-02-15 | 2 months, Điều 172(1)
            TRIAL_PREPARATION           | STANDARD        | VERY_SERIOUS | 2023-12-13 | 2024-02-13 | 2024-02-15 | 2 months, Điều 277(1)
            SUPPLEMENTARY_INVESTIGATION | PROCURACY       | SERIOUS      | 2023-12-09 | 2024-02-09 | 2024-02-15 | 2 months, Điều 174(2)
            PROSECUTION                 | STANDARD        | SERIOUS      | 2024-01-19 | 2024-02-08 | 2024-02-08 | 20 days, Điều 240: not moved
            TRIAL_OPENING               | STANDARD        | SERIOUS      | 2024-01-27 | 2024-02-11 | 2024-02-11 | 15 days, Điều 277(2): not moved
            """)
    void aLimitThroughTet2024(Stage stage, RuleVariant variant, Severity severity, LocalDate start,
                              LocalDate unshifted, LocalDate due, String article) {
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(severity, historyTo(stage, variant, start), SEEDED, start));
        assertEquals(unshifted, limit.derivation().steps().get(0).to(), article);
        assertEquals(due, limit.dueDate(), article);
        assertEquals(List.of(), limit.flags());
    }

    /** Older Tết: 2017 (Đinh Dậu, off 26 January - 1 February) and 2020 (Canh Tý, off 23 - 29 January). */
    @ParameterizedTest(name = "Điều 134, old Tết: {0}/{1} from {2}: unshifted {3}, last day {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPLEMENTARY_INVESTIGATION | PROCURACY | 2016-11-27 | 2017-01-27 | 2017-02-02 | BLTTHS_2003
            INVESTIGATION               | STANDARD  | 2019-10-24 | 2020-01-24 | 2020-01-30 | BLTTHS_2015
            """)
    void aLimitThroughAnOlderTet(Stage stage, RuleVariant variant, LocalDate start, LocalDate unshifted,
                                 LocalDate due, ProcedureCode code) {
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(Severity.SERIOUS, historyTo(stage, variant, start), SEEDED,
                start));
        assertEquals(unshifted, limit.derivation().steps().get(0).to());
        assertEquals(due, limit.dueDate());
        assertEquals(code, limit.code());
    }

    /**
     * A limit that runs through a year whose lunar holidays are not in the calendar is flagged, with the years:
     * 2012 (before the seed) and 2027 (not yet announced when the seed was written).
     */
    @ParameterizedTest(name = "{0} investigation from {1}: due {2}, years without lunar holidays [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            LESS_SERIOUS | 2012-12-13 | 2013-02-18 | 2012      | Điều 119 BLTTHS 2003: 2 months end Wednesday 13 February 2013, Tết: Monday 18
            VERY_SERIOUS | 2026-11-02 | 2027-03-02 | 2027      | Điều 172: into 2027
            VERY_SERIOUS | 2024-01-02 | 2024-05-02 |           | Điều 172: within 2024 (2 May 2024 a working day)
            """)
    void aLimitThroughAYearWithoutLunarHolidaysIsFlagged(Severity severity, LocalDate start, LocalDate due,
                                                         String years, String article) {
        TimeLimit limit = Fixtures.lastLimit(ENGINE.assess(severity,
                historyTo(Stage.INVESTIGATION, RuleVariant.STANDARD, start), SEEDED, start));
        assertEquals(due, limit.dueDate(), article);
        List<Integer> expected = years == null ? List.of()
                : new ArrayList<>(Arrays.stream(years.split(" ")).map(Integer::valueOf).toList());
        assertEquals(expected, limit.derivation().yearsWithoutLunarHolidays());
        assertEquals(expected.isEmpty() ? List.of() : List.of(LimitFlag.LUNAR_HOLIDAYS_MISSING), limit.flags());
    }

    @ParameterizedTest(name = "lunar holidays of {0} entered: {1}")
    @CsvSource({"2012, false", "2013, true", "2020, true", "2024, true", "2025, true", "2026, true", "2027, false"})
    void whichYearsAreKnown(int year, boolean known) {
        assertEquals(known, SEEDED.hasLunarHolidays(year));
    }

    @ParameterizedTest(name = "{0} is a working day")
    @CsvSource({"2024-02-07", "2024-02-15", "2020-02-03"})
    void workingDaysAroundTet(LocalDate day) {
        assertEquals(false, SEEDED.isDayOff(day));
    }
}
