package vn.theodoi.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the working-day calendar: weekends, fixed holidays every year, and the
 * holidays and swaps entered per year. Take one per request; it answers without I/O.
 */
public final class WorkingDays {

    private final Set<java.time.MonthDay> fixedHolidays;
    private final Map<LocalDate, CalendarDayKind> entries;

    WorkingDays(Set<java.time.MonthDay> fixedHolidays, Map<LocalDate, CalendarDayKind> entries) {
        this.fixedHolidays = Set.copyOf(fixedHolidays);
        this.entries = Map.copyOf(entries);
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
