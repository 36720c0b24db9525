package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and periods, read on 20 July 2026 unless the text gives the year: the words found, the first and last
 * day, and the deadline the words before them make of them (empty when none), written by hand.
 */
class DatesTest {

    static final LocalDate READ_ON = LocalDate.of(2026, 7, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text                                             | words                      | first      | last       | due
        "khẩn trương kết thúc trước ngày 30/9/2026.          | ngày 30/9/2026             | 2026-09-30 | 2026-09-30 | 2026-09-30",
        "Ngày 5 tháng 3 năm 2026, Ban Chỉ đạo họp            | Ngày 5 tháng 3 năm 2026    | 2026-03-05 | 2026-03-05 | ",
        "báo cáo trước ngày 30/6                             | ngày 30/6                  | 2026-06-30 | 2026-06-30 | 2027-06-30",
        "xét xử trong quý II/2026                            | quý II/2026                | 2026-04-01 | 2026-06-30 | 2026-06-30",
        "trình Ban Chỉ đạo trong quý IV                      | quý IV                     | 2026-10-01 | 2026-12-31 | 2026-12-31",
        "báo cáo Ban Chỉ đạo trong tháng 12                  | tháng 12                   | 2026-12-01 | 2026-12-31 | 2026-12-31",
        "hoàn thành trong tháng 8/2026                       | tháng 8/2026               | 2026-08-01 | 2026-08-31 | 2026-08-31",
        "chậm nhất là ngày 16/2/2026                         | ngày 16/2/2026             | 2026-02-16 | 2026-02-16 | 2026-02-16",
        "chậm nhất ngày 15.6.2026                            | ngày 15.6.2026             | 2026-06-15 | 2026-06-15 | 2026-06-15",
        "Sáng 17/7, Ban Chỉ đạo tỉnh họp                     | 17/7                       | 2026-07-17 | 2026-07-17 | ",
        "sơ kết 6 tháng đầu năm 2026                         | 6 tháng đầu năm 2026       | 2026-01-01 | 2026-06-30 | ",
        "triển khai nhiệm vụ 6 tháng cuối năm                | 6 tháng cuối năm           | 2026-07-01 | 2026-12-31 | ",
        "kết thúc điều tra trước quý IV/2026                 | quý IV/2026                | 2026-10-01 | 2026-12-31 | 2026-09-30",
        "xét xử trong năm 2027                               | năm 2027                   | 2027-01-01 | 2027-12-31 | 2027-12-31",
        "hoàn thành trước cuối năm                           | cuối năm                   | 2026-12-31 | 2026-12-31 | 2026-12-31",
        "tháng 3 năm 2027 sẽ xét xử                          | tháng 3 năm 2027           | 2027-03-01 | 2027-03-31 | ",
        "kết thúc vào ngày 28-02-2027                        | ngày 28-02-2027            | 2027-02-28 | 2027-02-28 | ",
    })
    void aDateItsPeriodAndTheDeadlineItMakes(String text, String words, LocalDate first, LocalDate last, LocalDate due) {
        List<Token> tokens = Tokens.of(text);
        List<DateMention> found = Dates.find(tokens, READ_ON);

        assertThat(found).hasSize(1);
        DateMention date = found.get(0);
        assertThat(text.substring(tokens.get(date.from()).start(), tokens.get(date.to() - 1).end())).isEqualTo(words);
        assertThat(date.first()).isEqualTo(first);
        assertThat(date.last()).isEqualTo(last);
        assertThat(date.dueFrom(READ_ON)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a deadline without a year that would be past is next year's
        "báo cáo trước ngày 15/1            | 2027-01-15",
        "hoàn thành trong tháng 3           | 2027-03-31",
        "báo cáo trước ngày 10/8            | 2026-08-10",
    })
    void aDeadlineWithoutItsYearIsTheNextSuchDay(String text, LocalDate due) {
        assertThat(Dates.find(Tokens.of(text), READ_ON).get(0).dueFrom(READ_ON)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2/3 số vụ án đã được xử lý", "Kết luận số 12/2026", "Số 15-KL/TW", "thời hạn 3 tháng",
        "kéo dài 6 tháng", "Điều 356 Bộ luật Hình sự"})
    void numbersThatAreNoDate(String text) {
        assertThat(Dates.find(Tokens.of(text), READ_ON)).isEmpty();
    }
}
