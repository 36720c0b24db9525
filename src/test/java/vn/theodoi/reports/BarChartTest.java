package vn.theodoi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bars' geometry, against lengths worked out by hand (plot width 640 - 180 - 90 = 370). */
class BarChartTest {

    @Test
    void groupedBarsAreProportionalToTheLargestValue() {
        BarChart chart = BarChart.grouped("t", List.of("a", "b"), List.of(
                new BarChart.Input("one", List.of(10L, 5L)),
                new BarChart.Input("two", List.of(0L, 1L)),
                new BarChart.Input("three", List.of(3L, 10L))));
        // 10 -> 370; 5 -> 185; 1 -> 37; 3 -> 111; 0 -> nothing
        assertThat(chart.rows().get(0).segments()).extracting(BarChart.Segment::width).containsExactly(370.0, 185.0);
        assertThat(chart.rows().get(1).segments()).extracting(BarChart.Segment::width).containsExactly(0.0, 37.0);
        assertThat(chart.rows().get(2).segments()).extracting(BarChart.Segment::width).containsExactly(111.0, 370.0);
        // every bar starts after the labels; a row holds two bars of 18, then a gap of 10: rows at 10, 56, 102
        assertThat(chart.rows()).extracting(BarChart.Row::y).containsExactly(10.0, 56.0, 102.0);
        assertThat(chart.rows().get(1).segments()).extracting(BarChart.Segment::y).containsExactly(56.0, 74.0);
        assertThat(chart.rows().get(0).segments()).extracting(BarChart.Segment::x).containsExactly(180.0, 180.0);
        assertThat(chart.height()).isEqualTo(10 + 3 * 46);
        // the value is written 4 after the longest bar of the row
        assertThat(chart.rows().get(0).valueX()).isEqualTo(180 + 370 + 4.0);
    }

    @Test
    void stackedSegmentsFollowOneAnotherAndTheLongestRowFillsThePlot() {
        BarChart chart = BarChart.stacked("t", List.of("a", "b"), List.of(
                new BarChart.Input("one", List.of(3L, 1L)),
                new BarChart.Input("two", List.of(2L, 2L)),
                new BarChart.Input("three", List.of(1L, 0L))));
        // largest row total 4: 3 -> 277.5, 1 -> 92.5, 2 -> 185
        assertThat(chart.rows().get(0).segments()).extracting(BarChart.Segment::width).containsExactly(277.5, 92.5);
        assertThat(chart.rows().get(0).segments()).extracting(BarChart.Segment::x).containsExactly(180.0, 457.5);
        assertThat(chart.rows().get(1).segments()).extracting(BarChart.Segment::x).containsExactly(180.0, 365.0);
        assertThat(chart.rows().get(2).segments()).extracting(BarChart.Segment::width).containsExactly(92.5, 0.0);
        assertThat(chart.rows()).extracting(BarChart.Row::total).containsExactly(4L, 4L, 1L);
        assertThat(chart.rows()).extracting(BarChart.Row::y).containsExactly(10.0, 38.0, 66.0);
        assertThat(chart.height()).isEqualTo(10 + 3 * 28);
    }

    @Test
    void lengthsRoundToATenthAndAllZeroDrawsNothing() {
        assertThat(BarChart.length(1, 3)).isEqualTo(123.3);
        assertThat(BarChart.length(2, 3)).isEqualTo(246.7);
        assertThat(BarChart.length(0, 0)).isZero();
        BarChart none = BarChart.grouped("t", List.of("a"), List.of(new BarChart.Input("x", List.of(0L))));
        assertThat(none.empty()).isTrue();
        assertThat(none.rows().get(0).segments().get(0).width()).isZero();
    }

    @Test
    void longLabelsAreCutButKept() {
        String name = "Ban Nội chính Tỉnh ủy Thừa Thiên Huế cũ";
        BarChart chart = BarChart.grouped("t", List.of("a"), List.of(new BarChart.Input(name, List.of(1L))));
        assertThat(chart.rows().get(0).label()).isEqualTo(name);
        assertThat(chart.rows().get(0).shortLabel()).hasSizeLessThanOrEqualTo(BarChart.LABEL_CHARS).endsWith("…");
    }

    @Test
    void eachRowNeedsOneValuePerSeries() {
        assertThatThrownBy(() -> BarChart.grouped("t", List.of("a", "b"),
                List.of(new BarChart.Input("x", List.of(1L))))).isInstanceOf(IllegalArgumentException.class);
    }
}
