package vn.theodoi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * A leader creates a session and records its conclusion in the browser and sees the tasks it
 * made; Đà Nẵng's provincial officer reports progress on their task and completes it; the counts
 * by organization change.
 */
@IntegrationTest
class MeetingJourneyBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "meeting-journey-end");
        browser.quit();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Dates are typed day first (dd/mm/yyyy), whatever the browser's language. */
    private void typeDate(String id, LocalDate date) {
        type(id, date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private void login(String user) {
        browser.get("http://localhost:" + port + "/login");
        Browser.logIn(browser, "http://localhost:" + port, user, IntegrationTest.DEMO_PASSWORD,
                IntegrationTest.DEMO_TOTP_SECRET);
    }

    private void logout() {
        Browser.clickAndWait(browser, By.id("logout"));
    }

    /** The count of one status in the BCD-48 row of the statistics page, for this year. */
    private long count(String status, LocalDate today) {
        browser.get("http://localhost:" + port + "/tasks/stats?from=" + today.withDayOfYear(1) + "&to="
                + today.withDayOfYear(1).plusYears(1).minusDays(1) + "&organization=BCD-48");
        WebElement cell = browser.findElement(By.cssSelector("#stats-total td[data-status='" + status + "'] span"));
        return Long.parseLong(cell.getText().strip());
    }

    @Test
    void aSessionsConclusionBecomesTasksThatTheLeadOrganizationReportsOnAndCompletes() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String marker = Unique.suffix();
        int number = 100 + (int) (Math.random() * 9000);

        login("leader");
        Browser.clickAndWait(browser, By.id("nav-meetings"));
        Browser.clickAndWait(browser, By.id("new-meeting"));
        new Select(browser.findElement(By.id("type"))).selectByValue("SESSION");
        type("number", String.valueOf(number));
        typeDate("date", today);
        type("title", "Phiên họp thử nghiệm " + marker);
        Browser.clickAndWait(browser, By.id("meeting-save"));
        assertThat(browser.findElement(By.id("meeting-title")).getText()).contains("Phiên họp thứ " + number);

        type("conclusion-number-input", number + "-KL/BCĐTW");
        typeDate("conclusion-date", today);
        type("requirement-text-1", "Đà Nẵng khẩn trương kết thúc điều tra vụ án " + marker);
        new Select(browser.findElement(By.id("requirement-lead-1"))).selectByValue("BCD-48");
        typeDate("requirement-due-1", today.plusDays(20));
        type("requirement-text-2", "Vụ Pháp luật hoàn thiện dự thảo quy định " + marker);
        new Select(browser.findElement(By.id("requirement-lead-2"))).selectByValue("BNCTW-PL");
        Browser.clickAndWait(browser, By.id("conclusion-submit"));
        WebElement tasks = browser.findElement(By.id("conclusion-tasks"));
        assertThat(tasks.getText()).contains("Đà Nẵng khẩn trương kết thúc điều tra vụ án " + marker)
                .contains("Vụ Pháp luật hoàn thiện dự thảo quy định " + marker).contains("Đang thực hiện trong hạn");
        Browser.screenshot(browser, "meeting-page");
        logout();

        login("provincial_officer");
        long onTimeBefore = count("COMPLETED_ON_TIME", today);
        long inProgressBefore = count("IN_PROGRESS", today);
        Browser.clickAndWait(browser, By.id("nav-tasks"));
        type("task-filter-q", marker);
        Browser.clickAndWait(browser, By.id("task-filter-submit"));
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Đà Nẵng khẩn trương")
                .doesNotContain("Vụ Pháp luật hoàn thiện");
        Browser.clickAndWait(browser, By.partialLinkText("Đà Nẵng khẩn trương"));

        type("progress-text", "Cơ quan điều tra đã hoàn thành giám định thiệt hại");
        Browser.clickAndWait(browser, By.id("progress-submit"));
        assertThat(browser.findElement(By.id("progress-table")).getText())
                .contains("Cơ quan điều tra đã hoàn thành giám định thiệt hại");

        type("complete-result", "Đã kết thúc điều tra, chuyển hồ sơ đề nghị truy tố");
        Browser.clickAndWait(browser, By.id("complete-submit"));
        assertThat(browser.findElement(By.id("task-status")).getText()).isEqualTo("Hoàn thành đúng hạn");
        Browser.screenshot(browser, "task-page");

        assertThat(count("COMPLETED_ON_TIME", today)).isEqualTo(onTimeBefore + 1);
        assertThat(count("IN_PROGRESS", today)).isEqualTo(inProgressBefore - 1);
    }
}
