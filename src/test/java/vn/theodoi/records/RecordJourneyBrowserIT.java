package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

import vn.theodoi.deadline.DeadlineEngine;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.organization.WorkingDayCalendar;

import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * A specialist creates a case in the browser, enters its events and sees the legal deadline on the
 * record page and among the due-soon records on the home page.
 */
@IntegrationTest
class RecordJourneyBrowserIT {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "record-journey-end");
        browser.quit();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Dates are typed day first, whatever the browser's language (en-US here). */
    private void typeDate(String id, LocalDate date) {
        type(id, date.format(SHOWN));
    }

    private void openEventForm() {
        browser.findElement(By.id("open-event")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("event-type")).isDisplayed());
    }

    @Test
    void aSpecialistCreatesACaseAddsItsEventsAndSeesTheDeadlineOnItsPageAndOnTheHomePage() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String title = "Vụ án vi phạm quy định về đấu thầu tại Công ty Cổ phần Hư Cấu " + Unique.suffix();
        browser.get("http://localhost:" + port + "/login");
        type("username", "specialist");
        type("password", IntegrationTest.DEMO_PASSWORD);
        Browser.clickAndWait(browser, By.id("login-submit"));

        Browser.clickAndWait(browser, By.id("nav-records"));
        Browser.clickAndWait(browser, By.id("new-record"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("CASE");
        type("title", title);
        new Select(browser.findElement(By.id("oversightLevel"))).selectByValue("1");
        new Select(browser.findElement(By.id("severity"))).selectByValue("LESS_SERIOUS");
        new Select(browser.findElement(By.id("ownerOrganizationCode"))).selectByValue("BNCTW");
        new Select(browser.findElement(By.id("ownerDepartmentCode"))).selectByValue("BNCTW-VAVV");
        browser.findElement(By.cssSelector("input[name=provinceCodes][value='VN-48']")).click();
        browser.findElement(By.cssSelector("input[name=agencyCodes][value='BCA-C03']")).click();
        type("otherArticles", "222, 360");
        Browser.clickAndWait(browser, By.id("record-save"));

        assertThat(browser.findElement(By.id("record-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("record-stage")).getText()).isEqualTo("Chưa có sự kiện tố tụng");

        // Initiated 2 months ago: a less serious case has 2 months (Art. 172(1)), so the limit ends
        // today (or on the next working day): due soon, and first among the due-soon records.
        LocalDate initiated = today.minusMonths(2);
        openEventForm();
        new Select(browser.findElement(By.id("event-type"))).selectByValue("CASE_INITIATED");
        typeDate("event-date", initiated);
        type("event-document", "Quyết định khởi tố vụ án số 12/QĐ-CSĐT");
        Browser.clickAndWait(browser, By.id("event-submit"));

        assertThat(browser.findElement(By.id("record-stage")).getText()).isEqualTo("Điều tra");
        assertThat(browser.findElement(By.id("record-articles")).getAttribute("textContent"))
                .contains("Điều 222 BLHS – Tội vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng");
        browser.findElement(By.id("tabbtn-procedure")).click();
        WebElement deadlines = browser.findElement(By.id("deadlines"));
        LocalDate due = new DeadlineEngine(TimeLimitRules.loadDefault(), 15)
                .assess(Severity.LESS_SERIOUS, List.of(ProcedureEvent.of(EventType.CASE_INITIATED, initiated)),
                        vn.theodoi.timelimits.ProcedureClock.dayOffCalendar(calendar.snapshot()), today)
                .currentLimit().orElseThrow().dueDate();
        assertThat(deadlines.getText()).contains("Điều tra", initiated.format(SHOWN), "Sắp hết hạn");
        assertThat(browser.findElement(By.cssSelector("#deadlines td.due")).getText()).isEqualTo(due.format(SHOWN));
        assertThat(browser.findElements(By.cssSelector("svg.timeline .limit"))).hasSize(1);
        browser.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "record-page");

        // An extension beyond the law is refused with the reason, in Vietnamese, in the form.
        openEventForm();
        new Select(browser.findElement(By.id("event-type"))).selectByValue("INVESTIGATION_EXTENDED");
        typeDate("event-date", today);
        type("event-months", "3");
        new Select(browser.findElement(By.id("event-granted-by"))).selectByValue("VKSTC");
        Browser.clickAndWait(browser, By.id("event-submit"));
        assertThat(browser.findElement(By.id("event-problems")).getText()).contains("gia hạn");
        browser.findElement(By.cssSelector("#dlg-event [data-close]")).click();
        browser.findElement(By.id("tabbtn-procedure")).click();
        assertThat(browser.findElement(By.cssSelector("#deadlines td.due")).getText()).as("nothing changed")
                .isEqualTo(due.format(SHOWN));

        Browser.clickAndWait(browser, By.linkText("Trang chủ"));
        assertThat(browser.findElement(By.id("due-soon")).getText()).contains(title.substring(0, 40));
    }
}
