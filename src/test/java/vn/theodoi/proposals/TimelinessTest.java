package vn.theodoi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four timelinesses of an answer, row by row: computed from the dates, never typed. */
class TimelinessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "due {0}, answered {1}: {2} ({3})")
    @CsvSource({
            "2026-11-30, 2026-11-25, ANSWERED_ON_TIME, answered before the deadline",
            "2026-11-25, 2026-11-25, ANSWERED_ON_TIME, answered on the last day is on time",
            "2026-11-20, 2026-11-23, ANSWERED_LATE,    answered three days after the deadline",
            "2026-12-10, ,           PENDING,          not answered, the deadline ahead",
            "2026-11-28, ,           PENDING,          not answered, the last day is today",
            "2026-11-27, ,           OVERDUE,          not answered, the deadline was yesterday"})
    void theTimelinessTable(LocalDate due, LocalDate answered, Timeliness expected, String rule) {
        assertThat(Timeliness.of(due, answered, TODAY)).as(rule).isEqualTo(expected);
    }
}
