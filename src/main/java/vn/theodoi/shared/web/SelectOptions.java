package vn.theodoi.shared.web;

import java.util.List;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a long select list (provinces, agencies, people), written as HTML in one pass. A template that
 * writes them one by one evaluates three expressions per option; for the record list's 250 options that was a
 * third of the page's rendering (issue 13). Values and labels are escaped here, so the template may insert the
 * result with {@code th:utext}.
 */
public final class SelectOptions {

    /** One choice: what is sent, and what the person reads. */
    public record Option(String value, String label) {

        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    private SelectOptions() {
    }

    /** {@code <option>} elements for {@code options}, the one whose value equals {@code selected} marked selected. */
    public static String html(List<Option> options, String selected) {
        StringBuilder html = new StringBuilder(options.size() * 48);
        for (Option option : options) {
            html.append("<option value=\"").append(HtmlUtils.htmlEscape(option.value(), "UTF-8")).append('"');
            if (option.value().equals(selected)) {
                html.append(" selected");
            }
            html.append('>').append(HtmlUtils.htmlEscape(option.label(), "UTF-8")).append("</option>");
        }
        return html.toString();
    }
}
