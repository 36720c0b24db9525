package vn.theodoi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days off: Saturdays, Sundays and public holidays (BLTTHS Art. 134; Labor Code Art. 112). */
class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(
            Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2)),
            Map.of(LocalDate.of(2026, 2, 17), CalendarDayKind.HOLIDAY,
                    LocalDate.of(2026, 1, 2), CalendarDayKind.SWAP_DAY_OFF,
                    LocalDate.of(2026, 1, 10), CalendarDayKind.SWAP_WORKING_DAY));

    @ParameterizedTest(name = "{0} is a day off: {1} ({2})")
    @CsvSource({
            "2026-11-27, false, a Friday",
            "2026-11-28, true,  a Saturday",
            "2026-11-29, true,  a Sunday",
            "2026-09-02, true,  National Day, fixed every year",
            "2027-01-01, true,  New Year, fixed every year",
            "2026-02-17, true,  Tet, entered for 2026",
            "2027-02-17, false, Tet 2026's date is not a holiday in 2027",
            "2026-01-02, true,  a Friday made a day off by a swap",
            "2026-01-10, false, a Saturday made a working day by a swap"})
    void daysOffFollowTheCalendar(LocalDate day, boolean dayOff, String why) {
        assertThat(calendar.isDayOff(day)).as(why).isEqualTo(dayOff);
    }

    private final WorkingDays named = new WorkingDays(Map.of(MonthDay.of(9, 2), "Quốc khánh"),
            Map.of(LocalDate.of(2026, 2, 17), CalendarDayKind.HOLIDAY),
            Map.of(LocalDate.of(2026, 2, 17), "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)"), Set.of(2026));

    @ParameterizedTest(name = "{0}: named {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-17 | Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)
            2027-09-02 | Quốc khánh
            2026-11-28 |
            """)
    void daysOffCarryTheirNames(LocalDate day, String name) {
        assertThat(named.name(day)).isEqualTo(name);
    }

    @ParameterizedTest(name = "lunar holidays of {0} entered: {1}")
    @CsvSource({"2026, true", "2027, false"})
    void theYearsWhoseLunarHolidaysAreEntered(int year, boolean entered) {
        assertThat(named.lunarHolidaysEntered(year)).isEqualTo(entered);
    }
}
