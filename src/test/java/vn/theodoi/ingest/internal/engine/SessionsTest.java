package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbered sessions: the words found, the number and the body named after "của", written by hand. */
class SessionsTest {

    static final Dictionary BODIES = new Dictionary(List.of(new Dictionary.OrganizationEntry("BCDTW",
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực", "BCĐ Trung ương",
            "STEERING_COMMITTEE", null)), List.of(), List.of(), List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phục vụ phiên họp thứ 24 của Ban Chỉ đạo Trung ương                 | phiên họp thứ 24              | 24 | BCDTW",
        "phục vụ tốt phiên họp 24 của Ban Chỉ đạo Trung ương                 | phiên họp 24                  | 24 | BCDTW",
        "Phiên họp thứ hai mươi tư đã thông qua                               | Phiên họp thứ hai mươi tư     | 24 | ",
        "tổ chức phiên họp thứ mười lăm                                       | phiên họp thứ mười lăm        | 15 | ",
        "kỳ họp thứ 8 của Quốc hội                                            | kỳ họp thứ 8                  | 8  | ",
        "cuộc họp lần thứ 5 của Thường trực                                   | cuộc họp lần thứ 5            | 5  | ",
        "Hội nghị lần thứ XII Ban Chấp hành                                   | Hội nghị lần thứ XII          | 12 | ",
        "phiên họp thứ nhất                                                   | phiên họp thứ nhất            | 1  | ",
    })
    void aSessionItsNumberAndBody(String text, String words, int number, String body) {
        List<Token> tokens = Tokens.of(text);
        List<Match> names = new Names(BODIES).index.scan(tokens);
        List<SessionMention> found = Sessions.find(tokens, names);

        assertThat(found).hasSize(1);
        SessionMention session = found.get(0);
        assertThat(text.substring(tokens.get(session.from()).start(), tokens.get(session.to() - 1).end())).isEqualTo(words);
        assertThat(session.number()).isEqualTo(number);
        assertThat(session.organizationCode()).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phiên họp sáng nay", "hội nghị 2026 của ngành", "cuộc họp giao ban", "phiên tòa thứ 2"})
    void meetingsWithoutANumber(String text) {
        List<Token> tokens = Tokens.of(text);
        assertThat(Sessions.find(tokens, List.of())).isEmpty();
    }
}
