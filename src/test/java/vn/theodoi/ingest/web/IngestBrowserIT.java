package vn.theodoi.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * Issue 14, item 3, in the browser: the leader pastes a notice, reads the proposals with their evidence
 * highlighted, accepts two (changing a task's title first) and rejects one; the task and the record's note exist,
 * the rejected task does not, and the page no longer offers a decision.
 */
@IntegrationTest
class IngestBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "ingest-end");
        browser.quit();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void theLeaderPastesANoticeAcceptsTwoProposalsAndRejectsOne() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 1;
        String marker = Unique.suffix();
        String notice = "Thông báo kết luận " + marker + "\n\n"
                + "Thường trực Ban Chỉ đạo yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án liên quan đến Công ty"
                + " Cổ phần Tư vấn Thẩm định giá Đông Phong trước ngày 30/6/" + year + ".\n\n"
                + "Ban Nội chính Trung ương theo dõi, đôn đốc, báo cáo Thường trực Ban Chỉ đạo trong tháng 9/" + year + ".\n";

        browser.get("http://localhost:" + port + "/login");
        Browser.logIn(browser, "http://localhost:" + port, "leader", IntegrationTest.DEMO_PASSWORD,
                IntegrationTest.DEMO_TOTP_SECRET);
        Browser.clickAndWait(browser, By.id("nav-ingest"));
        Accessibility.assertNoViolations(browser, "ingest page");
        browser.findElement(By.id("ingest-text")).sendKeys(notice);
        browser.findElement(By.id("ingest-source")).sendKeys("Thông báo " + marker);
        Browser.clickAndWait(browser, By.id("ingest-submit"));

        assertThat(text("ingest-state")).isEqualTo("Chờ quyết định");
        List<WebElement> proposals = browser.findElements(By.cssSelector("article.proposal"));
        assertThat(proposals).hasSize(3);
        String record = proposals.get(0).getAttribute("id").substring("proposal-".length());
        String investigate = proposals.get(1).getAttribute("id").substring("proposal-".length());
        String follow = proposals.get(2).getAttribute("id").substring("proposal-".length());
        assertThat(text("record-link-" + record)).contains("Đông Phong");
        assertThat(browser.findElement(By.id("context-" + investigate)).findElements(By.tagName("mark")))
                .extracting(WebElement::getText).contains("Bộ Công an", "ngày 30/6/" + year);
        assertThat(new Select(browser.findElement(By.id("lead-" + investigate))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("BCA");
        assertThat(browser.findElement(By.id("due-" + investigate)).getAttribute("value")).isEqualTo("30/06/" + year);
        assertThat(browser.findElement(By.id("ingest-text-read")).findElements(By.tagName("mark"))).isNotEmpty();
        Accessibility.assertNoViolations(browser, "ingest proposals");
        Browser.screenshot(browser, "ingest-proposals");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("proposal-" + investigate)));
        Browser.screenshot(browser, "ingest-proposed-task");

        browser.findElement(By.id("accept-" + record)).click();
        WebElement title = browser.findElement(By.id("title-" + investigate));
        title.clear();
        title.sendKeys("Kết thúc điều tra vụ án Đông Phong " + marker);
        browser.findElement(By.id("accept-" + investigate)).click();
        browser.findElement(By.id("reject-" + follow)).click();
        Browser.clickAndWait(browser, By.id("ingest-decide"));

        assertThat(text("saved")).contains("2");
        assertThat(text("ingest-state")).isEqualTo("Đã quyết định");
        assertThat(text("decision-" + record)).contains("Đã chấp nhận");
        assertThat(text("decision-" + investigate)).contains("Đã chấp nhận").contains("đã sửa");
        assertThat(text("decision-" + follow)).contains("Đã bỏ qua");
        assertThat(browser.findElements(By.id("ingest-decide"))).isEmpty();
        Accessibility.assertNoViolations(browser, "ingest decided");
        Browser.screenshot(browser, "ingest-decided");

        Browser.clickAndWait(browser, By.id("task-link-" + investigate));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Kết thúc điều tra vụ án Đông Phong " + marker);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bộ Công an").contains("30/06/" + year);
        assertThat(jdbc.queryForObject("select count(*) from task where source_reference like ?", Long.class,
                "Văn bản tiếp nhận số % Thông báo " + marker)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from record_note where body like ?", Long.class,
                "%Thông báo " + marker + "%")).isEqualTo(1);
    }
}
