package vn.theodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Browser;
import vn.theodoi.support.BrowserLogins;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * Issue 9's pages in headless Chromium at 1366×768, with a browser that asks for English (as most do): the
 * status of an overdue record on its first screen, a refused event that keeps what was typed, dates read day
 * first, amounts typed with dots, no raw code or login name in any page's text, and axe-core finding no WCAG 2.1
 * AA violation on any page, in Vietnamese and in English.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Enum constants (INVESTIGATION_EXTENDED, RECORD_MONEY_ADDED, VERY_SERIOUS) and the demo logins. */
    static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");
    static final Pattern LOGIN_NAME = Pattern.compile(
            "\\b(?:leader|specialist|department_head|provincial_officer|agency_liaison|auditor)\\b");
    static final Pattern PART_ID = Pattern.compile("\\b(?:person|entry|milestone|obstacle|event) \\d+\\b");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** One browser for the class, each account logged in once (a fresh second-factor code is a 30 s wait). */
    ChromeDriver browser;

    BrowserLogins logins;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        logins = new BrowserLogins(browser, url(""));
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        logins.as(username);
    }

    private LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void waitFor(By what) {
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> !d.findElements(what).isEmpty()
                && d.findElement(what).isDisplayed());
    }

    /** A record coded by the application (VA-, VV-, NT-), not one of the generator's, whose walks need not offer what a test clicks. */
    private Long visibleRecord(String condition) {
        return jdbc.queryForObject("select id from oversight_record r where classification = 'UNCLASSIFIED'"
                + " and split_part(code, '-', 1) in ('VA', 'VV', 'NT') and "
                + condition + " order by current_due_date, id limit 1", Long.class, today());
    }

    @Test
    void theStatusStripOfAnOverdueRecordIsVisibleWithoutScrollingAndStaysInViewWhileScrolling() {
        Long id = visibleRecord("current_due_date < ?");
        LocalDate due = jdbc.queryForObject("select current_due_date from oversight_record where id = ?",
                LocalDate.class, id);
        long late = java.time.temporal.ChronoUnit.DAYS.between(due, today());
        logIn("leader");
        browser.get(url("/records/" + id));

        WebElement strip = browser.findElement(By.id("status-strip"));
        // counts are written the Vietnamese way (1.017 ngày), as MessageFormat writes them for "vi"
        String days = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi")).format(late);
        assertThat(strip.getText()).contains("QUÁ HẠN " + days + " ngày")
                .contains(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Number bottom = (Number) browser.executeScript(
                "return document.getElementById('status-strip').getBoundingClientRect().bottom");
        Number height = (Number) browser.executeScript("return window.innerHeight");
        assertThat(bottom.doubleValue()).as("the strip's bottom within the first screen").isLessThanOrEqualTo(height.doubleValue());
        Browser.screenshot(browser, "dossier-first-screen");

        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        Number top = (Number) browser.executeScript(
                "return document.getElementById('status-strip').getBoundingClientRect().top");
        assertThat(top.doubleValue()).as("still in view at the bottom of the page").isBetween(0.0, height.doubleValue());
    }

    @Test
    void aRefusedEventKeepsTheTypedValuesAndShowsTheErrorNextToTheForm() {
        // an investigation still running: 9 months is beyond any single extension of Art. 172(2)
        Long id = visibleRecord("current_stage = 'INVESTIGATION' and current_due_date >= ?");
        String date = today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        logIn("leader");
        browser.get(url("/records/" + id));
        browser.findElement(By.id("open-event")).click();
        waitFor(By.id("event-type"));
        new Select(browser.findElement(By.id("event-type"))).selectByValue("INVESTIGATION_EXTENDED");
        type("event-date", date);
        type("event-months", "9");
        new Select(browser.findElement(By.id("event-granted-by"))).selectByValue("VKSTC");
        type("event-document", "Quyết định gia hạn số 7/QĐ-VKSTC");
        // the preview says so before saving
        waitFor(By.id("preview-refusal"));
        assertThat(browser.findElement(By.id("preview-refusal")).getText()).contains("bị từ chối");
        Browser.clickAndWait(browser, By.id("event-submit"));

        WebElement dialog = browser.findElement(By.id("dlg-event"));
        assertThat(dialog.getAttribute("open")).as("the form is open again").isNotNull();
        assertThat(browser.findElement(By.id("event-problems")).isDisplayed()).isTrue();
        assertThat(dialog.findElement(By.id("event-problems")).getText()).contains("gia hạn");
        assertThat(dialog.findElement(By.id("event-months-error")).getText()).isNotBlank();
        assertThat(new Select(browser.findElement(By.id("event-type"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("INVESTIGATION_EXTENDED");
        assertThat(browser.findElement(By.id("event-date")).getAttribute("value")).isEqualTo(date);
        assertThat(browser.findElement(By.id("event-months")).getAttribute("value")).isEqualTo("9");
        assertThat(new Select(browser.findElement(By.id("event-granted-by"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("VKSTC");
        assertThat(browser.findElement(By.id("event-document")).getAttribute("value"))
                .isEqualTo("Quyết định gia hạn số 7/QĐ-VKSTC");
        Browser.screenshot(browser, "refused-event");
    }

    @Test
    void aDateTypedAs03072026IsTheThirdOfJulyEverywhereAndAnAmountWithDotsIsAccepted() {
        String title = "Vụ án nhận hối lộ tại Công ty Hư Cấu Ngày Tháng " + Unique.suffix();
        logIn("specialist");
        browser.get(url("/records/new"));
        // the person's own unit is the default owner: no need to choose it
        assertThat(new Select(browser.findElement(By.id("ownerDepartmentCode"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("BNCTW-VAVV");
        type("title", title);
        new Select(browser.findElement(By.id("severity"))).selectByValue("VERY_SERIOUS");
        browser.findElement(By.cssSelector("input[name=crimeArticles][value='354']")).click();
        Browser.clickAndWait(browser, By.id("record-save"));
        assertThat(browser.findElement(By.id("record-articles")).getText()).contains("Điều 354 BLHS – Tội nhận hối lộ");
        Long id = Long.valueOf(browser.getCurrentUrl().replaceAll(".*/records/(\\d+).*", "$1"));

        // the case was initiated on 3 July 2026, typed day first in a browser that speaks en-US
        browser.findElement(By.id("open-event")).click();
        waitFor(By.id("event-type"));
        new Select(browser.findElement(By.id("event-type"))).selectByValue("CASE_INITIATED");
        type("event-date", "03/07/2026");
        type("event-document", "Quyết định khởi tố vụ án số 3/QĐ-CSĐT");
        waitFor(By.id("preview-result"));
        // very serious: 4 months from 3 July 2026 (Art. 172(1)) is 3 November 2026, a Tuesday
        assertThat(browser.findElement(By.id("preview-result")).getText()).contains("03/11/2026");
        Browser.clickAndWait(browser, By.id("event-submit"));

        assertThat(jdbc.queryForObject("select event_date from record_event where record_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 7, 3));
        browser.findElement(By.id("tabbtn-procedure")).click();
        assertThat(browser.findElement(By.id("event-table")).getText()).contains("03/07/2026").doesNotContain("07/03/2026");
        assertThat(browser.findElement(By.cssSelector("#deadlines tbody tr")).getText()).contains("03/07/2026")
                .contains("03/11/2026");
        browser.findElement(By.id("tabbtn-history")).click();
        assertThat(browser.findElement(By.id("record-log")).getText()).contains("ngày 03/07/2026")
                .contains("Nguyễn Văn Chuyên");

        // "1.500.000.000" as typed, grouped as typed and said in words
        browser.findElement(By.id("tabbtn-money")).click();
        browser.findElement(By.id("open-money")).click();
        waitFor(By.id("money-amount"));
        new Select(browser.findElement(By.id("money-kind"))).selectByValue("DAMAGE");
        type("money-amount", "1500000000");
        assertThat(browser.findElement(By.id("money-amount")).getAttribute("value")).isEqualTo("1.500.000.000");
        assertThat(browser.findElement(By.id("money-amount-words")).getText()).isEqualTo("1,5 tỷ đồng");
        type("money-amount", "1.500.000.000");
        type("money-as-of", "03/07/2026");
        Browser.clickAndWait(browser, By.id("money-submit"));
        assertThat(jdbc.queryForObject("select amount_vnd from record_money where record_id = ?", Long.class, id))
                .isEqualTo(1_500_000_000L);
        assertThat(jdbc.queryForObject("select as_of from record_money where record_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2026, 7, 3));
        browser.findElement(By.id("tabbtn-money")).click();
        assertThat(browser.findElement(By.id("money-damage")).getText()).contains("1.500.000.000 đồng")
                .contains("1,5 tỷ đồng");

        // the same day in English
        browser.get(url("/records/" + id + "?lang=en"));
        browser.findElement(By.id("tabbtn-procedure")).click();
        assertThat(browser.findElement(By.id("event-table")).getText()).contains("03/07/2026");
        browser.findElement(By.id("tabbtn-money")).click();
        assertThat(browser.findElement(By.id("money-damage")).getText()).contains("1.5 billion dong");
        browser.get(url("/records/" + id + "?lang=vi"));
    }

    @Test
    void theDatePickerWritesTheDayChosenDayFirst() {
        Long id = visibleRecord("current_stage = 'INVESTIGATION' and current_due_date >= ?");
        logIn("leader");
        browser.get(url("/records/" + id));
        browser.findElement(By.id("tabbtn-directions")).click();
        browser.findElement(By.id("open-milestone")).click();
        waitFor(By.id("milestone-target"));
        type("milestone-target", "15/07/2026");
        browser.findElement(By.cssSelector("#dlg-milestone .date-button")).click();
        waitFor(By.cssSelector(".datepicker"));
        assertThat(browser.findElement(By.cssSelector(".datepicker-title")).getText()).isEqualTo("Tháng 7 2026");
        browser.findElement(By.cssSelector(".datepicker button.day[data-date='03/07/2026']")).click();
        assertThat(browser.findElement(By.id("milestone-target")).getAttribute("value")).isEqualTo("03/07/2026");
    }

    /** Every page a person reaches, by who reaches it. */
    private List<String> pagesOf(String username, Long recordId) {
        List<String> pages = new ArrayList<>();
        switch (username) {
            case "leader" -> pages.addAll(List.of("/", "/records", "/records?deadline=OVERDUE&behindMilestone=true",
                    "/records/calendar", "/records/new", "/records/" + recordId, "/records/" + recordId + "/edit",
                    "/records/" + recordId + "?print=true", "/situations", "/situations/new", "/proposals",
                    "/proposals/new", "/reports/statistics",
                    "/proposals/" + jdbc.queryForObject("select max(id) from proposal where state = 'SENT'", Long.class)));
            case "admin" -> pages.addAll(List.of("/", "/admin/organizations", "/admin/provinces", "/admin/calendar",
                    "/admin/users", "/admin/time-limit-rules", "/admin/proposal-deadlines"));
            case "auditor" -> pages.addAll(List.of("/", "/audit"));
            default -> pages.add("/");
        }
        return pages;
    }

    @Test
    void noRawCodeOrLoginNameAppearsInTheTextOfTheRecordsPages() {
        Long id = visibleRecord("current_due_date < ?");
        logIn("leader");
        List<String> found = new ArrayList<>();
        for (String page : pagesOf("leader", id)) {
            browser.get(url(page));
            // the whole text, hidden tabs and dialogs included
            String text = (String) browser.executeScript("return document.querySelector('main').textContent");
            for (Pattern p : List.of(RAW_CODE, LOGIN_NAME, PART_ID)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(page + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void axeFindsNoViolationOnAnyPageInVietnameseAndEnglish() {
        Long id = visibleRecord("current_due_date < ?");
        for (String language : List.of("vi", "en")) {
            browser.manage().deleteAllCookies();
            browser.get(url("/login?lang=" + language));
            Accessibility.assertNoViolations(browser, "login " + language);
            for (String username : List.of("leader", "admin", "auditor")) {
                logIn(username);
                browser.get(url("/?lang=" + language));
                for (String page : pagesOf(username, id)) {
                    browser.get(url(page));
                    Accessibility.assertNoViolations(browser, page + " " + language);
                }
                if (username.equals("leader")) {
                    browser.get(url("/records/" + id));
                    for (String tab : List.of("overview", "procedure", "persons", "money", "directions", "notes",
                            "history")) {
                        browser.findElement(By.id("tabbtn-" + tab)).click();
                        Accessibility.assertNoViolations(browser, "record tab " + tab + " " + language);
                    }
                    for (String dialog : List.of("open-event", "open-level", "open-split")) {
                        browser.get(url("/records/" + id));
                        browser.findElement(By.id(dialog)).click();
                        Accessibility.assertNoViolations(browser, "record dialog " + dialog + " " + language);
                    }
                    browser.get(url("/records/" + id));
                    browser.findElement(By.id("tabbtn-money")).click();
                    browser.findElement(By.id("open-money")).click();
                    browser.findElement(By.cssSelector("#dlg-money .date-button")).click();
                    Accessibility.assertNoViolations(browser, "money dialog with the date picker " + language);
                    browser.get(url("/records/999999999999"));
                    Accessibility.assertNoViolations(browser, "not found " + language);
                }
            }
        }
    }
}
