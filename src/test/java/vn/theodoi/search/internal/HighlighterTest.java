package vn.theodoi.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.theodoi.search.SearchHit.Part;
import vn.theodoi.search.SearchQuery;

/** The words a search marks in a text as it is written, and what it takes for a code; each row by hand. */
class HighlighterTest {

    static String marked(String text, String typed) {
        return Highlighter.parts(text, SearchQuery.of(typed).words()).stream()
                .map(p -> p.match() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Vi phạm quy định về đấu thầu        | dau thau     | Vi phạm quy định về [đấu] [thầu]
            ĐẤU THẦU gói số 5                  | Đấu thầu     | [ĐẤU] [THẦU] gói số 5
            Nhân viên ngân hàng An Bình         | an           | Nhân viên ngân hàng [An] Bình
            Công ty Đắk Lắk                     | dak lak      | Công ty [Đắk] [Lắk]
            VA-2026-BNCTW-0012 · Vụ án          | va-2026-bnctw-0012 | [VA]-[2026]-[BNCTW]-[0012] · Vụ án
            Thầu, đấu thầu; thầu.               | thau         | [Thầu], đấu [thầu]; [thầu].
            Không có từ nào                     | dau thau     | Không có từ nào
            """)
    void marksWholeWordsWithOrWithoutDiacritics(String text, String typed, String expected) {
        assertThat(marked(text.strip(), typed)).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            va-2026-bnctw-0012   | VA-2026-BNCTW-0012
            27-KL/BCĐTW          | 27-KL/BCĐTW
            kết luận 27-KL/BCĐTW | -
            NV-2026-000028       | NV-2026-000028
            dau thau             | -
            2024                 | 2024
            """)
    void aTextIsTakenForACodeWhenItLooksLikeOne(String typed, String code) {
        assertThat(SearchQuery.of(typed).code()).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void aLongTextIsCutAroundTheFirstWordFound() {
        String text = "Mở đầu. ".repeat(40) + "Công ty Hoàng Long nhận hối lộ. " + "Kết thúc. ".repeat(40);
        String snippet = Highlighter.snippet(text, List.of("hoang", "long"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("Công ty Hoàng Long nhận hối lộ.");
        assertThat(snippet.length()).isLessThanOrEqualTo(Highlighter.SNIPPET_LENGTH + 2);
        List<Part> parts = Highlighter.parts(snippet, List.of("hoang", "long"));
        assertThat(parts.stream().filter(Part::match).map(Part::text)).containsExactly("Hoàng", "Long");
    }
}
