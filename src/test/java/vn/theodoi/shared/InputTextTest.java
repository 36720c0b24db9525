package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 7: NUL, control characters and lone surrogates were stored in titles and notes. */
class InputTextTest {

    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void controlCharactersAreRefused(int codePoint) {
        String text = "Vụ án " + (char) codePoint + " X";

        assertThat(InputText.refusal(text)).contains(new InputText.Refusal(InputText.Kind.CONTROL_CHARACTER, 6));
        assertThatThrownBy(() -> InputText.accept(text)).isInstanceOf(InputText.RefusedTextException.class)
                .hasMessageNotContaining("Vụ án");
    }

    @Test
    void tabLineFeedAndCarriageReturnAreText() {
        assertThat(InputText.accept("a\tb\r\nc")).isEqualTo("a\tb\r\nc");
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAccepted() {
        assertThat(InputText.refusal("x\uD800y")).map(InputText.Refusal::kind).contains(InputText.Kind.LONE_SURROGATE);
        assertThat(InputText.refusal("x\uDC00")).map(InputText.Refusal::kind).contains(InputText.Kind.LONE_SURROGATE);
        assertThat(InputText.refusal("end\uD83D")).map(InputText.Refusal::kind).contains(InputText.Kind.LONE_SURROGATE);
        assertThat(InputText.accept("Hồ sơ 📁")).isEqualTo("Hồ sơ 📁");
    }

    @Test
    void acceptedTextIsNfc() {
        String decomposed = "Ðà Na\u0306\u0303ng"; // ẵ written as a + breve + tilde
        assertThat(InputText.accept(decomposed)).isEqualTo("Ðà Nẵng");
    }
}
