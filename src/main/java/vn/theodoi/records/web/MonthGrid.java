package vn.theodoi.records.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.theodoi.records.CalendarEntry;

/** A month as weeks of days, Monday first (as Vietnamese calendars are), each day with what falls due on it. */
final class MonthGrid {

    private MonthGrid() {
    }

    /** One day of the grid; {@code inMonth} false for the days of the neighbouring months that fill the weeks. */
    record Day(LocalDate date, boolean inMonth, List<CalendarEntry> entries) {
    }

    static List<List<Day>> of(YearMonth month, List<CalendarEntry> entries) {
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream().collect(Collectors.groupingBy(CalendarEntry::day));
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(month.atEndOfMonth()) || d.getDayOfWeek() != DayOfWeek.MONDAY;
                d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            weeks.get(weeks.size() - 1).add(new Day(d, YearMonth.from(d).equals(month), byDay.getOrDefault(d, List.of())));
        }
        return weeks;
    }
}
