package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts typed with dots between thousands, shown with them, and said in tỷ and triệu đồng. */
class MoneyTextTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.500.000.000", "1500000000", "1 500 000 000", "1.500.000.000 đ", "1.500.000.000 đồng",
        "1500000000 VND", " 1.500.000.000 "})
    void oneAndAHalfBillionTypedAnyUsualWay(String typed) {
        assertThat(MoneyText.parse(typed)).isEqualTo(1_500_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,5", "1.50.000", "1.500.000.", "-5", "1,500,000", "abc", "1.5 tỷ", "1000000000000000001"})
    void anythingElseIsRefusedNotGuessed(String typed) {
        assertThatThrownBy(() -> MoneyText.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIsNoAmount() {
        assertThat(MoneyText.parse("")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"0;0", "950;950", "1000;1.000", "1500000000;1.500.000.000",
        "381427000000;381.427.000.000"})
    void shownWithDotsBetweenThousands(long amount, String shown) {
        assertThat(MoneyText.format(amount)).isEqualTo(shown);
    }

    // expected values by hand: divide by 10^9 (tỷ) or 10^6 (triệu), two decimals at most, decimal comma
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "1500000000;1,5 tỷ đồng",
        "1000000000;1 tỷ đồng",
        "381427000000;≈ 381,43 tỷ đồng",
        "118242370000;≈ 118,24 tỷ đồng",
        "2250000000000;2.250 tỷ đồng",
        "250000000;250 triệu đồng",
        "1250000;1,25 triệu đồng",
        "999999999;≈ 1.000 triệu đồng",
        "950000;950.000 đồng",
        "0;0 đồng"})
    void saidInTyAndTrieuDong(long amount, String words) {
        assertThat(MoneyText.words(amount, VI)).isEqualTo(words);
    }

    @Test
    void saidInBillionsAndMillionsInEnglish() {
        assertThat(MoneyText.words(1_500_000_000L, Locale.ENGLISH)).isEqualTo("1.5 billion dong");
        assertThat(MoneyText.words(2_250_000_000_000L, Locale.ENGLISH)).isEqualTo("2,250 billion dong");
        assertThat(MoneyText.words(250_000_000L, Locale.ENGLISH)).isEqualTo("250 million dong");
        assertThat(MoneyText.words(950_000L, Locale.ENGLISH)).isEqualTo("950,000 dong");
    }
}
