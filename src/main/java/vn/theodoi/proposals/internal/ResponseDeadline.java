package vn.theodoi.proposals.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The last day to answer a proposal: the {@code workingDays}-th working day after the day it was
 * received (the day of receipt is not counted, as a limit in days is counted from the next day).
 * Days off are the working-day calendar's: weekends, holidays, Tết, and days made off by a swap; a
 * Saturday made a working day by a swap counts. Pure: the calendar comes in as a predicate.
 */
public final class ResponseDeadline {

    private ResponseDeadline() {
    }

    public static LocalDate due(LocalDate received, int workingDays, Predicate<LocalDate> isDayOff) {
        Objects.requireNonNull(received, "received");
        if (workingDays < 1) {
            throw new IllegalArgumentException("At least one working day: " + workingDays);
        }
        LocalDate day = received;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (!isDayOff.test(day)) {
                counted++;
            }
        }
        return day;
    }
}
