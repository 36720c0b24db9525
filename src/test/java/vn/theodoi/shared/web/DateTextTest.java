package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Day first, month second, whatever the browser's language: 03/07/2026 is the 3rd of July. */
class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"03/07/2026", "3/7/2026", " 03/07/2026 ", "03.07.2026", "03-07-2026", "03072026",
        "2026-07-03", "3 / 7 / 2026"})
    void everyWayOfWritingTheThirdOfJulyIsTheThirdOfJuly(String typed) {
        assertThat(DateText.parse(typed)).isEqualTo(LocalDate.of(2026, 7, 3));
    }

    @Test
    void theDayComesFirstEvenWhenItCouldBeAMonth() {
        assertThat(DateText.parse("07/03/2026")).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(DateText.parse("12/01/2026")).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void blankIsNoDate() {
        assertThat(DateText.parse("  ")).isNull();
        assertThat(DateText.parse(null)).isNull();
        assertThat(DateText.format(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"31/02/2026", "13/13/2026", "07/03/26", "mai", "2026/07/03", "03/07/2026 10:00"})
    void whatNamesNoDayIsRefused(String typed) {
        assertThatThrownBy(() -> DateText.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAreShownDayMonthYearWithLeadingZeros() {
        assertThat(DateText.format(LocalDate.of(2026, 7, 3))).isEqualTo("03/07/2026");
        assertThat(DateText.format(LocalDate.of(2027, 12, 31))).isEqualTo("31/12/2027");
    }
}
