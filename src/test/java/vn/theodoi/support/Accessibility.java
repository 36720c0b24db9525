package vn.theodoi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** WCAG 2.1 AA checked by axe-core in the page as the browser shows it (the script ships in the test jar). */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails with every violation (rule, help, and where) found on the page now shown. */
    public static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> page + " (" + browser.getCurrentUrl() + "):\n" + describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + "\n    " + v.getNodes().stream()
                .limit(5).map(n -> n.getTarget() + " " + abbreviate(n.getHtml())).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        return html == null || html.length() < 160 ? html : html.substring(0, 160) + "…";
    }
}
