package vn.theodoi.inspections;

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

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * The head of a department plans an inspection of Đà Nẵng in the browser, starts it, records the
 * findings, makes a recommendation, follows the link to the task it became, and concludes the
 * inspection; the pages pass axe's WCAG 2.1 AA checks.
 */
@IntegrationTest
class InspectionJourneyBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "inspection-journey-end");
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

    @Test
    void anInspectionIsPlannedStartedGivenFindingsAndARecommendationWhoseTaskIsLinkedAndConcluded() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String marker = Unique.suffix();
        String base = "http://localhost:" + port;
        browser.get(base + "/login");
        Browser.logIn(browser, base, "department_head", IntegrationTest.DEMO_PASSWORD, IntegrationTest.DEMO_TOTP_SECRET);

        Browser.clickAndWait(browser, By.id("nav-inspections"));
        Accessibility.assertNoViolations(browser, "inspections");
        Browser.clickAndWait(browser, By.id("new-inspection"));
        Accessibility.assertNoViolations(browser, "new inspection");
        type("subject", "Kiểm tra việc xử lý các vụ việc kéo dài " + marker);
        new Select(browser.findElement(By.id("targetOrganizationCode"))).selectByValue("BCD-48");
        typeDate("periodStart", today.minusDays(7));
        typeDate("periodEnd", today.plusDays(20));
        type("team", "specialist");
        Browser.clickAndWait(browser, By.id("inspection-save"));

        assertThat(browser.findElement(By.id("inspection-title")).getText()).contains("Kiểm tra việc xử lý các vụ việc kéo dài " + marker);
        assertThat(browser.findElement(By.id("inspection-status")).getText()).isEqualTo("Kế hoạch");
        assertThat(browser.findElement(By.id("inspection-team")).getText())
                .isEqualTo("Phạm Thu Vụ (trưởng đoàn), Nguyễn Văn Chuyên");
        Accessibility.assertNoViolations(browser, "planned inspection");

        typeDate("start-date", today.minusDays(5));
        Browser.clickAndWait(browser, By.id("start-submit"));
        assertThat(browser.findElement(By.id("inspection-status")).getText()).isEqualTo("Đang tiến hành");
        assertThat(browser.findElement(By.id("inspection-started")).getText())
                .isEqualTo(today.minusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        // concluding without findings is refused with the reason, and nothing changes
        typeDate("conclude-date", today);
        Browser.clickAndWait(browser, By.id("conclude-submit"));
        assertThat(browser.findElement(By.id("problems")).getText())
                .isEqualTo("Cần ghi kết quả kiểm tra, giám sát trước khi kết luận.");
        assertThat(browser.findElement(By.id("inspection-status")).getText()).isEqualTo("Đang tiến hành");

        type("findings-input", "Còn 3 vụ việc chậm xử lý, kéo dài quá thời hạn " + marker);
        Browser.clickAndWait(browser, By.id("findings-submit"));
        assertThat(browser.findElement(By.id("findings-text")).getText())
                .isEqualTo("Còn 3 vụ việc chậm xử lý, kéo dài quá thời hạn " + marker);

        type("recommendation-text", "Chỉ đạo xử lý dứt điểm 3 vụ việc kéo dài " + marker);
        new Select(browser.findElement(By.id("recommendation-lead"))).selectByValue("BCD-48");
        typeDate("recommendation-due", today.plusDays(45));
        Browser.clickAndWait(browser, By.id("recommendation-submit"));
        WebElement table = browser.findElement(By.id("recommendation-table"));
        assertThat(table.getText()).contains("Chỉ đạo xử lý dứt điểm 3 vụ việc kéo dài " + marker)
                .contains("BCĐ TP. Đà Nẵng").contains("Đang thực hiện trong hạn");
        Accessibility.assertNoViolations(browser, "inspection in progress");
        Browser.screenshot(browser, "inspection-page");
        String inspectionUrl = browser.getCurrentUrl();

        Browser.clickAndWait(browser, By.id("recommendation-task-1"));
        assertThat(browser.findElement(By.id("task-title")).getText())
                .isEqualTo("Chỉ đạo xử lý dứt điểm 3 vụ việc kéo dài " + marker);
        assertThat(browser.findElement(By.id("main")).getText()).contains("Kiểm tra tại BCĐ TP. Đà Nẵng");

        browser.get(inspectionUrl);
        typeDate("conclude-date", today);
        type("conclude-reference", "12-TB/ĐKT");
        Browser.clickAndWait(browser, By.id("conclude-submit"));
        assertThat(browser.findElement(By.id("inspection-status")).getText()).isEqualTo("Đã kết luận");
        assertThat(browser.findElements(By.id("findings-form"))).isEmpty();
        assertThat(browser.findElement(By.id("recommendation-table")).getText()).contains("Đang thực hiện trong hạn");

        browser.get(base + "/inspections?q=" + marker);
        assertThat(browser.findElement(By.id("inspections")).getText()).contains("Đã kết luận");
    }
}
