package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Records and bodies named in a text: whole words, diacritics where the text has them, a shared name settled by province. */
class NamesTest {

    static final LocalDate READ_ON = LocalDate.of(2026, 7, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tiến độ vụ án VA-2026-BCD-40-0002                                | 7 | CODE",
        "tiến độ vụ án va-2026-bcd-40-0002                                | 7 | CODE",
        "vụ Đăng kiểm Sông Lam kéo dài                                   | 7 | NAME",
        "ghi chu: vu Dang kiem Song Lam keo dai qua lau, can xu ly som    | 7 | NAME",
        "vụ Sông Hồng ở Hưng Yên                                         | 9 | NAME",
        "Công an thành phố Hà Nội điều tra vụ Sông Hồng                  | 8 | NAME",
        "kết thúc điều tra vụ Thiên Phúc                                  | 10 | NAME",
        "kết thúc điều tra vụ Thiên Phúc giai đoạn II                     | 11 | NAME",
        "vụ án VA-2025-BNCTW-0003/2                                       | 11 | CODE",
    })
    void aRecordNamedByCodeOrName(String text, long record, String via) {
        Reading reading = TextReader.read(text, SmallDictionary.get(), READ_ON);

        assertThat(reading.records()).extracting(Reading.RecordLink::recordId).containsExactly(record);
        assertThat(reading.records().get(0).via()).isEqualTo(via);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "vụ Sông Hồng còn chậm",            // two records share the name, no province tells which
        "nước sông Hồng dâng cao",          // a river, not the company: the name is capitalized
        "Công ty Sông Lamxanh",             // a longer word
        "Công ty Sông Lam Phát",            // a longer name
        "vụ Đăng kiểm Sông Lắm",            // other diacritics in a text that has them
    })
    void noRecordIsNamed(String text) {
        assertThat(TextReader.read(text, SmallDictionary.get(), READ_ON).records()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ban Chỉ đạo tỉnh Nghệ An họp                   | BCD-40",
        "Công an Nghệ An khởi tố                        | CA-40",
        "Công an TP.HCM báo cáo                         | CA-79",
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực | BCDTW",
        "Cơ quan điều tra Công an tỉnh đã khởi tố vụ án ở Nghệ An | CA-40",
    })
    void aBodyUnderTheNamesTextsUse(String text, String code) {
        Reading reading = TextReader.read(text, SmallDictionary.get(), READ_ON);

        assertThat(reading.mentions()).filteredOn(m -> m.kind() == Reading.MentionKind.ORGANIZATION)
                .extracting(Reading.Mention::value).containsExactly(code);
    }
}
