package vn.theodoi.records.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.RuleVariant;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;

/** The drawn timeline: bars in date order on the canvas, today marked, month labels that do not collide. */
class TimelineTest {

    private static TimeLimit limit(LocalDate start, LocalDate base, LocalDate due, LocalDate max) {
        return new TimeLimit(Stage.INVESTIGATION, start, base, due, max, 1, 1, null, DeadlineStatus.ON_TRACK, null,
                "Điều 172", RuleVariant.STANDARD);
    }

    @ParameterizedTest(name = "{0} months of history: at most 12 labels, at least 60 units apart")
    @CsvSource({"3", "11", "24", "40", "90"})
    void monthLabelsStayReadable(int months) {
        LocalDate start = LocalDate.of(2024, 1, 10);
        LocalDate due = start.plusMonths(months);
        Timeline timeline = Timeline.of(List.of(limit(start, start.plusMonths(2), due, due)), List.of(), start);

        assertThat(timeline.months().size()).isBetween(1, 12);
        for (int i = 1; i < timeline.months().size(); i++) {
            assertThat(timeline.months().get(i).x() - timeline.months().get(i - 1).x()).isGreaterThanOrEqualTo(60);
        }
    }

    @ParameterizedTest(name = "today {0}")
    @CsvSource({"2026-01-10", "2026-06-30"})
    void barsFollowTheirDatesAndTodayIsOnTheCanvas(LocalDate today) {
        LocalDate start = LocalDate.of(2026, 1, 10);
        Timeline timeline = Timeline.of(List.of(limit(start, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 9, 10),
                LocalDate.of(2027, 1, 11))), List.of(), today);

        Timeline.Bar bar = timeline.bars().get(0);
        assertThat(bar.x()).isGreaterThanOrEqualTo(timeline.left());
        assertThat(bar.baseWidth()).isPositive().isLessThan(bar.extendedWidth());
        assertThat(bar.extendedWidth()).isLessThan(bar.possibleWidth());
        assertThat(bar.x() + bar.possibleWidth()).isLessThanOrEqualTo(timeline.width());
        assertThat(timeline.todayX()).isBetween(timeline.left(), timeline.width());
    }
}
