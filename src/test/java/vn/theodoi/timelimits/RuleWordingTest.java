package vn.theodoi.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rule table in words, as DOMAIN.md section 4 states each row, from the table's own notation. */
class RuleWordingTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void anEspeciallySeriousInvestigationReadsAsTheCodeSaysIt() {
        // Art. 172: 4 months; three extensions of at most 4 months, and a fourth only by the Supreme People's Procuracy
        assertThat(RuleWording.rule("4M", "4M,4M,4M,4M@VKSTC", messages(), VI))
                .isEqualTo("4 tháng, gia hạn tối đa 4 lần, mỗi lần không quá 4 tháng; lần 4 chỉ do VKSTC quyết định");
    }

    @Test
    void extensionsOfDifferentLengthsAreNamedOneByOne() {
        // Art. 172(2)(b), serious: 3 months, then at most 3 and at most 2 months
        assertThat(RuleWording.rule("3M", "3M,2M", messages(), VI))
                .isEqualTo("3 tháng, gia hạn tối đa 2 lần: lần 1 không quá 3 tháng; lần 2 không quá 2 tháng");
        // Art. 147(2): 20 days, prolonged to 2 months from receipt, then the procuracy's 2 months
        assertThat(RuleWording.rule("20D", "=2M,2M", messages(), VI)).isEqualTo("20 ngày, gia hạn tối đa 2 lần: "
                + "lần 1 kéo dài tổng cộng không quá 2 tháng kể từ ngày bắt đầu; lần 2 không quá 2 tháng");
    }

    @Test
    void aLimitWithoutExtensionSaysSoAndEnglishReadsToo() {
        assertThat(RuleWording.rule("1M", "", messages(), VI)).isEqualTo("1 tháng, không được gia hạn");
        assertThat(RuleWording.rule("4M", "4M,4M", messages(), Locale.ENGLISH))
                .isEqualTo("4 months, may be extended at most 2 times, each time by at most 4 months");
    }
}
