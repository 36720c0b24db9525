package vn.theodoi.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day calendar: tells whether a day is a day off (ngày nghỉ: Saturday, Sunday, public holiday, or a
 * day off by an official day swap). The product's implementation reads the holidays an administrator keeps
 * per year; {@link #weekendsOnly()} and {@link #withHolidays(Collection)} serve tests and defaults.
 */
@FunctionalInterface
public interface DayOffCalendar {

    /** How far {@link #firstWorkingDayFrom(LocalDate)} looks before concluding the calendar is broken. */
    int MAX_CONSECUTIVE_DAYS_OFF = 60;

    boolean isDayOff(LocalDate day);

    /** Saturdays and Sundays off, no holidays. */
    static DayOffCalendar weekendsOnly() {
        return day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** This calendar with the given days off added (public holidays, days off by swap). */
    default DayOffCalendar withHolidays(Collection<LocalDate> holidays) {
        Set<LocalDate> copy = Set.copyOf(holidays);
        return day -> copy.contains(day) || isDayOff(day);
    }

    /** This calendar with the given days made working days (a Saturday worked in exchange for a day swap). */
    default DayOffCalendar withWorkingDays(Collection<LocalDate> workingDays) {
        Set<LocalDate> copy = Set.copyOf(workingDays);
        return day -> !copy.contains(day) && isDayOff(day);
    }

    /**
     * {@code day} itself when it is a working day, else the first working day after it.
     *
     * @throws IllegalStateException when no working day is found within {@link #MAX_CONSECUTIVE_DAYS_OFF} days
     */
    default LocalDate firstWorkingDayFrom(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate d = day;
        for (int i = 0; i <= MAX_CONSECUTIVE_DAYS_OFF; i++) {
            if (!isDayOff(d)) {
                return d;
            }
            d = d.plusDays(1);
        }
        throw new IllegalStateException("No working day within " + MAX_CONSECUTIVE_DAYS_OFF + " days from " + day);
    }
}
