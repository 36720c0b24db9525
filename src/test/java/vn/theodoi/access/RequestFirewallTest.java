package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The firewall's loops accept exactly what Spring Security's own regular expressions (copied from
 * {@code StrictHttpFirewall}) accept, on names and values chosen at the edges of the rule.
 */
class RequestFirewallTest {

    static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    static final List<String> SAMPLES = List.of("", "province", "figureLevel", "Authorization", "X-Forwarded-For",
            "tỉnh", "Hồ Chí Minh", "a b", "tab\there", "line\nbreak", "carriage\rreturn", "nul\u0000", "del\u007f",
            "c1\u0085control", "unassigned\u0378", "emoji\uD83D\uDE00", "lone\uD800surrogate", "zero\u200Bwidth",
            "line\u2028separator", "private\uE000use", "noncharacter\uFFFF", "bom\uFEFF", "Bearer abc.def-ghi_jkl");

    @Test
    void namesAreJudgedAsSpringSecurityJudgesThem() {
        for (String sample : SAMPLES) {
            assertThat(RequestFirewall.ASSIGNED_NOT_CONTROL.test(sample)).as(escaped(sample))
                    .isEqualTo(NAMES.matcher(sample).matches());
        }
    }

    @Test
    void headerValuesAreJudgedAsSpringSecurityJudgesThemATabIncluded() {
        for (String sample : SAMPLES) {
            assertThat(RequestFirewall.ASSIGNED_NOT_CONTROL_OR_TAB.test(sample)).as(escaped(sample))
                    .isEqualTo(HEADER_VALUES.matcher(sample).matches());
        }
        assertThat(RequestFirewall.ASSIGNED_NOT_CONTROL_OR_TAB.test("tab\there")).isTrue();
        assertThat(RequestFirewall.ASSIGNED_NOT_CONTROL.test("tab\there")).isFalse();
        assertThat(RequestFirewall.ASSIGNED_NOT_CONTROL.test("line\nbreak")).isFalse();
    }

    private static String escaped(String sample) {
        StringBuilder out = new StringBuilder();
        sample.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
