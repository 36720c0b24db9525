package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource({
            "tham nhũng,          tham nhung",
            "Đắk Lắk,             dak lak",
            "TP. Hồ Chí Minh,     tp. ho chi minh",
            "'  Lãng   phí  ',    lang phi",
            "Tiêu cực,            tieu cuc"})
    void searchIgnoresDiacriticsAndCase(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "clean stores NFC: {0}")
    @CsvSource({"Nguyễn", "Huế", "Thừa Thiên Huế"})
    void storedTextIsNfc(String composed) {
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.clean("  " + decomposed + " ")).isEqualTo(composed);
    }

    @ParameterizedTest(name = "foldInPlace({0}) = ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Đấu thầu|dau thau",
            "Gói thầu số 5/2024|goi thau so 5 2024",
            "VA-2024-0012 · Hoà|va 2024 0012   hoa",
            "ĐẮK LẮK!|'dak lak '"})
    void foldInPlaceKeepsEveryCharactersPlace(String text, String folded) {
        assertThat(VietnameseText.foldInPlace(text)).isEqualTo(folded).hasSameSizeAs(text);
    }
}
