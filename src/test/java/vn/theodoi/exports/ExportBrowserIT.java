package vn.theodoi.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Api;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * "Xuất Excel" in a real browser: the records list, filtered, exports through the background job; the
 * progress page's script follows it to the end and shows the download link.
 */
@IntegrationTest
class ExportBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/export-progress-end.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void exportingTheFilteredRecordsListReachesTheDownloadLink() {
        String marker = "XB" + Unique.suffix();
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        for (String name : List.of("A", "B")) {
            RecordFixtures.create(leader, RecordFixtures.record("Hồ sơ trình duyệt " + marker + " " + name, "BNCTW",
                    "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
        }
        browser.get(base() + "/login");
        Browser.logIn(browser, base(), "leader", IntegrationTest.DEMO_PASSWORD, IntegrationTest.DEMO_TOTP_SECRET);
        browser.get(base() + "/records?q=" + marker);
        assertThat(browser.findElement(By.id("export-records-submit")).getText()).isEqualTo("Xuất Excel");
        Accessibility.assertNoViolations(browser, "records list with its export button");

        Browser.clickAndWait(browser, By.id("export-records-submit"));
        assertThat(browser.getCurrentUrl()).matches(".*/exports/[0-9a-f-]{36}");
        assertThat(browser.findElement(By.id("export-progress")).getTagName()).isEqualTo("progress");

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("export-download"))
                .isDisplayed());
        assertThat(browser.findElement(By.id("export-status")).getText()).isEqualTo("Đã xong");
        assertThat(browser.findElement(By.id("export-percent")).getText()).isEqualTo("100%");
        assertThat(browser.findElement(By.id("export-rows")).getText()).isEqualTo("2 / 2 dòng");
        assertThat(browser.findElement(By.id("export-progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("export-download")).getAttribute("href"))
                .matches(".*/exports/[0-9a-f-]{36}/file");
        assertThat(browser.findElement(By.id("export-download")).getText()).startsWith("Tải về vu-an-vu-viec-");
        Accessibility.assertNoViolations(browser, "export progress page, done");
    }
}
