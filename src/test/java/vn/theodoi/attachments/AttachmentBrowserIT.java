package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Api;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/** A specialist attaches the decision to prosecute to its event on the record page, and downloads it back. */
@IntegrationTest
class AttachmentBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/attachment-journey-end.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.quit();
    }

    @Test
    void aDecisionUploadedOnTheRecordPageIsListedAndDownloadsByteForByte() throws Exception {
        String base = "http://localhost:" + port;
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        long record = RecordFixtures.create(leader, RecordFixtures.record("Hồ sơ tải tệp " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        long event = RecordFixtures.addEvent(leader, record, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"))
                .get("events").get(0).get("id").asLong();
        byte[] pdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path folder = Files.createTempDirectory("upload");
        Path file = Files.write(folder.resolve("Quyết định khởi tố vụ án.pdf"), pdf);

        browser.get(base + "/login");
        Browser.logIn(browser, base, "specialist", IntegrationTest.DEMO_PASSWORD, IntegrationTest.DEMO_TOTP_SECRET);
        browser.get(base + "/records/" + record + "?tab=procedure");
        String prefix = "attachments-record_event-" + event;
        browser.findElement(By.id(prefix + "-add")).click();
        // a file over 50 MB is refused in the browser, before it is sent
        Path large = folder.resolve("lon.pdf");
        try (var out = Files.newOutputStream(large)) {
            out.write(pdf);
            out.write(new byte[52_428_800]);
        }
        WebElement input = browser.findElement(By.id(prefix + "-file"));
        input.sendKeys(large.toAbsolutePath().toString());
        assertThat(browser.executeScript("return arguments[0].validity.valid", input)).isEqualTo(false);
        assertThat((String) browser.executeScript("return arguments[0].validationMessage", input)).contains("50 MB");
        input.clear();
        browser.findElement(By.id(prefix + "-file")).sendKeys(file.toAbsolutePath().toString());
        Browser.clickAndWait(browser, By.id(prefix + "-upload"));

        assertThat(browser.getCurrentUrl()).contains("/records/" + record);
        assertThat(browser.findElement(By.id(prefix + "-saved")).getText()).contains("Quyết định khởi tố vụ án.pdf");
        WebElement link = browser.findElement(By.cssSelector("#" + prefix + " a.attachment-link"));
        assertThat(link.getText()).isEqualTo("Quyết định khởi tố vụ án.pdf");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        Files.write(Path.of("target/screenshots/attachment-on-record-event.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoViolations(browser, "record page with an attachment");

        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                link.getAttribute("href"))).header("Cookie", "SESSION=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    }
}
