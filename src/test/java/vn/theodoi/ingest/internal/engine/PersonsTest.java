package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Persons and the roles texts give them, before or after the name, written by hand. */
class PersonsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Báo cáo tại hội nghị, ông Võ Văn Dũng – Phó Trưởng Ban thường trực Ban Nội chính Trung ương cho biết | Võ Văn Dũng | Phó Trưởng Ban thường trực Ban Nội chính Trung ương",
        "Phát biểu kết luận, Trưởng Ban Nội chính Trung ương Phan Đình Trạc biểu dương các đơn vị          | Phan Đình Trạc | Trưởng Ban Nội chính Trung ương",
        "khởi tố bị can Trần Quốc Khang, nguyên Tổng Giám đốc công ty                                        | Trần Quốc Khang | nguyên Tổng Giám đốc công ty",
        "Theo ông Lê Minh Tâm, tiến độ còn chậm                                                              | Lê Minh Tâm | ",
        "bị can Đoàn Minh Tuấn đã bỏ trốn                                                                    | Đoàn Minh Tuấn | SUSPECT",
    })
    void aPersonAndTheRole(String text, String name, String role) {
        Reading reading = TextReader.read(text, SmallDictionary.get(), LocalDate.of(2026, 7, 20));
        List<Reading.Mention> persons = reading.mentions().stream()
                .filter(m -> m.kind() == Reading.MentionKind.PERSON).toList();

        assertThat(persons).hasSize(1);
        assertThat(persons.get(0).value()).isEqualTo(name);
        assertThat(persons.get(0).detail()).isEqualTo(role);
    }

    @org.junit.jupiter.api.Test
    void aPersonOfARecordNamesTheRecord() {
        Reading reading = TextReader.read("Bị can Đoàn Minh Tuấn đã bị bắt.", SmallDictionary.get(), LocalDate.of(2026, 7, 20));

        assertThat(reading.records()).extracting(Reading.RecordLink::recordId, Reading.RecordLink::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "PERSON"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tại Thành phố Hồ Chí Minh và Hà Nội", "Ban Nội chính Trung ương họp", "Công ty Sông Lam",
        "Lê Văn Hưu Street"})
    void capitalizedWordsThatAreNoPerson(String text) {
        Reading reading = TextReader.read(text, SmallDictionary.get(), LocalDate.of(2026, 7, 20));
        assertThat(reading.mentions()).noneMatch(m -> m.kind() == Reading.MentionKind.PERSON);
    }
}
