package vn.theodoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.organization.WorkingDayCalendar;

import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;

/** A person logs in, reads the Vietnamese home page, switches to English and logs out, in a real browser. */
@IntegrationTest
class LoginJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    WorkingDayCalendar calendar;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void logIn(String username, String password) {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.logIn(browser, "http://localhost:" + port, username, password, IntegrationTest.DEMO_TOTP_SECRET);
    }

    @Test
    void aSpecialistLogsInReadsTheVietnameseHomePageSwitchesToEnglishAndLogsOut() {
        logIn("specialist", IntegrationTest.DEMO_PASSWORD);

        // Vietnamese by default, even though the browser asks for English.
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Nguyễn Văn Chuyên");
        assertThat(browser.findElement(By.id("home-organization")).getText())
                .isEqualTo("Vụ Theo dõi xử lý các vụ án, vụ việc");
        assertThat(browser.findElement(By.id("home-roles")).getText()).isEqualTo("Chuyên viên");
        assertThat(browser.findElement(By.id("home-clearance")).getText()).isEqualTo("Mật");
        assertThat(browser.findElements(By.linkText("Người dùng"))).as("no admin menu for a specialist").isEmpty();

        Browser.clickAndWait(browser, By.id("language-switch"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Hello, Nguyễn Văn Chuyên");
        assertThat(browser.findElement(By.id("home-roles")).getText()).isEqualTo("Specialist");
        assertThat(browser.findElement(By.id("home-clearance")).getText()).isEqualTo("Confidential (Mật)");

        Browser.clickAndWait(browser, By.id("logout"));

        assertThat(browser.getCurrentUrl()).contains("/login?logout");
        assertThat(browser.getPageSource()).contains("You have been logged out.");
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        logIn("leader", "Not-The-Password-1");

        assertThat(browser.findElement(By.id("login-error")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    /** Issue 7, item 7: enrolment of a second factor at the first login after being cleared SECRET. */
    @Test
    void aPersonClearedSecretEnrolsAnAuthenticatorAtTheirNextLogin() {
        String base = "http://localhost:" + port;
        vn.theodoi.support.Api admin = new vn.theodoi.support.Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String user = "browser_totp_" + vn.theodoi.support.Unique.suffix();
        var created = admin.post("/api/v1/users", java.util.Map.of("username", user, "fullName", "Đặng Văn Mật",
                "organizationCode", "BNCTW-VAVV", "roles", java.util.List.of("SPECIALIST"), "clearance", "SECRET",
                "password", "Trinh-Duyet-Hai-Buoc-1"));
        new vn.theodoi.support.Api(port).as("second_admin", IntegrationTest.DEMO_PASSWORD).post("/api/v1/grants/"
                + created.body().get("pendingGrant").get("id").asLong() + "/approve", java.util.Map.of());

        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("Trinh-Duyet-Hai-Buoc-1");
        Browser.clickAndWait(browser, By.id("login-submit"));

        assertThat(browser.getCurrentUrl()).endsWith("/login/enrol");
        Object qrWidth = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('enrol-qr').naturalWidth");
        assertThat(((Number) qrWidth).intValue()).as("the QR code shows (an inline image the CSP allows)").isPositive();
        String secret = browser.findElement(By.id("enrol-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(vn.theodoi.support.SecondFactorCodes.nextCode(base + " " + user,
                secret));
        Browser.clickAndWait(browser, By.id("enrol-submit"));

        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        Browser.clickAndWait(browser, By.id("recovery-continue"));
        assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("Xin chào, Đặng Văn Mật");
        assertThat(browser.findElement(By.id("home-clearance")).getText()).isEqualTo("Tối mật");
    }

    @Test
    void anAdministratorSeesTheAdministrationMenuAndTheCalendarWarning() {
        logIn("admin", IntegrationTest.DEMO_PASSWORD);

        assertThat(browser.findElement(By.linkText("Người dùng")).isDisplayed()).isTrue();
        Browser.clickAndWait(browser, By.linkText("Người dùng"));
        assertThat(browser.findElement(By.id("users")).getText()).contains("department_head", "Phạm Thu Vụ");
        Browser.clickAndWait(browser, By.linkText("Trang chủ"));
        assertThat(browser.findElements(By.id("calendar-warning")).isEmpty())
                .isEqualTo(!calendar.nextYearLacksLunarHolidays());
    }
}
