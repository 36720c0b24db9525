package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.theodoi.shared.web.SelectOptions.Option;

class SelectOptionsTest {

    @Test
    void writesEachOptionAndMarksTheSelectedOne() {
        String html = SelectOptions.html(List.of(new Option("VN-01", "Hà Nội"), new Option("VN-79", "TP. Hồ Chí Minh")),
                "VN-79");

        assertThat(html).isEqualTo("<option value=\"VN-01\">Hà Nội</option>"
                + "<option value=\"VN-79\" selected>TP. Hồ Chí Minh</option>");
    }

    @Test
    void marksNothingWhenNothingOrAnUnknownValueIsSelected() {
        List<Option> options = List.of(new Option("a", "A"));

        assertThat(SelectOptions.html(options, null)).isEqualTo("<option value=\"a\">A</option>");
        assertThat(SelectOptions.html(options, "b")).isEqualTo("<option value=\"a\">A</option>");
    }

    @Test
    void escapesValuesAndLabelsSoAnOrganizationNameCannotWriteMarkup() {
        String html = SelectOptions.html(List.of(new Option("x\"><script>", "Công ty <b>A</b> & 'B'")), null);

        assertThat(html).isEqualTo("<option value=\"x&quot;&gt;&lt;script&gt;\">"
                + "Công ty &lt;b&gt;A&lt;/b&gt; &amp; &#39;B&#39;</option>");
    }
}
