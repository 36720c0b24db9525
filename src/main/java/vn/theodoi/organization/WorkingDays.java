package vn.theodoi.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the working-day calendar: weekends, fixed holidays every year, and the
 * holidays and swaps entered per year, with their names and the years whose lunar holidays are
 * entered. Take one per request; it answers without I/O.
 */
public final class WorkingDays {

    private final Set<java.time.MonthDay> fixedHolidays;
    private final Map<LocalDate, CalendarDayKind> entries;
    private final Map<java.time.MonthDay, String> fixedNames;
    private final Map<LocalDate, String> names;
    /** {@code null}: every year taken as entered (a calendar built without its categories). */
    private final Set<Integer> lunarYears;

    WorkingDays(Set<java.time.MonthDay> fixedHolidays, Map<LocalDate, CalendarDayKind> entries) {
        this.fixedHolidays = Set.copyOf(fixedHolidays);
        this.entries = Map.copyOf(entries);
        this.fixedNames = Map.of();
        this.names = Map.of();
        this.lunarYears = null;
    }

    WorkingDays(Map<java.time.MonthDay, String> fixedHolidays, Map<LocalDate, CalendarDayKind> entries,
            Map<LocalDate, String> names, Set<Integer> lunarYears) {
        this.fixedHolidays = Set.copyOf(fixedHolidays.keySet());
        this.fixedNames = Map.copyOf(fixedHolidays);
        this.entries = Map.copyOf(entries);
        this.names = Map.copyOf(names);
        this.lunarYears = Set.copyOf(lunarYears);
    }

    /** The name of a day off (an entered holiday or swap, or a fixed holiday), {@code null} for a weekend. */
    public String name(LocalDate day) {
        String entered = names.get(day);
        return entered != null ? entered : fixedNames.get(java.time.MonthDay.from(day));
    }

    /** Whether the lunar holidays (Tết, the Hùng Kings' day) of the year have been entered. */
    public boolean lunarHolidaysEntered(int year) {
        return lunarYears == null || lunarYears.contains(year);
    }

    /** Saturdays, Sundays and public holidays are days off, unless a swap made the day a working one. */
    public boolean isDayOff(LocalDate day) {
        CalendarDayKind entry = entries.get(day);
        if (entry != null) {
            return entry != CalendarDayKind.SWAP_WORKING_DAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY
                || fixedHolidays.contains(java.time.MonthDay.from(day));
    }
}
