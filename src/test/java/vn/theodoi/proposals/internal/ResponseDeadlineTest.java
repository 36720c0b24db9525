package vn.theodoi.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting working days after the day received, on a calendar given here (the seeded calendar is
 * counted on in {@code ProposalFlowIT}). Expected dates are counted by hand on a 2026 wall calendar.
 */
class ResponseDeadlineTest {

    /** Weekends, and a made-up holiday on Wednesday 18 November 2026. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 11, 18));
    /** Saturday 21 November 2026 worked by a made-up swap. */
    private static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2026, 11, 21));

    private static final Predicate<LocalDate> CALENDAR = day -> !WORKED.contains(day) && (HOLIDAYS.contains(day)
            || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);

    @ParameterizedTest(name = "received {0}, {1} working days: due {2} ({3})")
    @CsvSource({
            "2026-11-02, 1,  2026-11-03, Monday: the next day is the first",
            "2026-11-06, 1,  2026-11-09, Friday: Saturday and Sunday are skipped",
            "2026-11-07, 1,  2026-11-09, received on a Saturday: Monday is the first",
            "2026-11-02, 5,  2026-11-09, Tue Wed Thu Fri, then Monday",
            "2026-11-02, 10, 2026-11-16, two whole weeks",
            "2026-11-16, 2,  2026-11-19, the Wednesday holiday is skipped",
            "2026-11-19, 2,  2026-11-21, the worked Saturday counts",
            "2026-11-19, 3,  2026-11-23, after the worked Saturday, Sunday is off"})
    void theNthWorkingDayAfterTheDayReceived(LocalDate received, int days, LocalDate due, String why) {
        assertThat(ResponseDeadline.due(received, days, CALENDAR)).as(why).isEqualTo(due);
    }
}
