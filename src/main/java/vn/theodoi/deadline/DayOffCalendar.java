package vn.theodoi.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Working-day calendar: tells whether a day is a day off (ngày nghỉ: Saturday, Sunday, public holiday, or a
 * day off by an official day swap), what the day off is called, and whether a year's lunar holidays have been
 * entered at all. The product's implementation reads the holidays an administrator keeps per year;
 * {@link #weekendsOnly()}, {@link #withHolidays(Collection)} and {@link #of} serve tests, defaults and adapters.
 */
@FunctionalInterface
public interface DayOffCalendar {

    /** How far {@link #firstWorkingDayFrom(LocalDate)} looks before concluding the calendar is broken. */
    int MAX_CONSECUTIVE_DAYS_OFF = 60;

    boolean isDayOff(LocalDate day);

    /**
     * Whether the lunar holidays of {@code year} (Tết Nguyên đán, the Hùng Kings' day) are in the calendar. A limit
     * that runs through a year without them is flagged ({@link LimitFlag#LUNAR_HOLIDAYS_MISSING}). By default every
     * year is taken as known (a calendar given as a fixed list).
     */
    default boolean hasLunarHolidays(int year) {
        return true;
    }

    /** The name of a day off as the calendar holds it (e.g. "Tết Nguyên đán Giáp Thìn"), or {@code null}. */
    default String dayOffName(LocalDate day) {
        return null;
    }

    /** Saturdays and Sundays off, no holidays. */
    static DayOffCalendar weekendsOnly() {
        return day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * A calendar of three functions: the adapter for a calendar kept elsewhere.
     *
     * @param isDayOff          whether a day is off
     * @param names             the name of a day off, or {@code null}
     * @param lunarHolidaysKnown whether a year's lunar holidays are entered
     */
    static DayOffCalendar of(Predicate<LocalDate> isDayOff, Function<LocalDate, String> names,
                             IntPredicate lunarHolidaysKnown) {
        Objects.requireNonNull(isDayOff, "isDayOff");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(lunarHolidaysKnown, "lunarHolidaysKnown");
        return new DayOffCalendar() {
            @Override
            public boolean isDayOff(LocalDate day) {
                return isDayOff.test(day);
            }

            @Override
            public boolean hasLunarHolidays(int year) {
                return lunarHolidaysKnown.test(year);
            }

            @Override
            public String dayOffName(LocalDate day) {
                return names.apply(day);
            }
        };
    }

    /** This calendar with the given days off added (public holidays, days off by swap). */
    default DayOffCalendar withHolidays(Collection<LocalDate> holidays) {
        Set<LocalDate> copy = Set.copyOf(holidays);
        return of(day -> copy.contains(day) || isDayOff(day), this::dayOffName, this::hasLunarHolidays);
    }

    /** This calendar with the given days made working days (a Saturday worked in exchange for a day swap). */
    default DayOffCalendar withWorkingDays(Collection<LocalDate> workingDays) {
        Set<LocalDate> copy = Set.copyOf(workingDays);
        return of(day -> !copy.contains(day) && isDayOff(day), this::dayOffName, this::hasLunarHolidays);
    }

    /** This calendar, knowing the lunar holidays of the given years only. */
    default DayOffCalendar withLunarHolidaysOnlyFor(Collection<Integer> years) {
        Set<Integer> copy = Set.copyOf(years);
        return of(this::isDayOff, this::dayOffName, copy::contains);
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
