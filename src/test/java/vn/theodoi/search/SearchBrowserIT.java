package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Api;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * Issue 14, item 1, in the browser: the leader types a company's name without diacritics in the header's box,
 * sees the record and its person in their groups with the words marked as written, and opens the record.
 */
@IntegrationTest
class SearchBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "search-end");
        browser.quit();
    }

    @Test
    void theLeaderFindsARecordAndItsPersonFromTheHeaderBox() {
        String marker = Unique.suffix();
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", "Vụ án tham ô tài sản tại Công ty Lâm sản Điện Quỳnh " + marker);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", "UNCLASSIFIED");
        body.put("ownerOrganizationCode", "BNCTW");
        body.put("ownerDepartmentCode", "BNCTW-VAVV");
        body.put("provinceCodes", List.of("VN-01"));
        body.put("agencyCodes", List.of("BCA-C03"));
        body.put("readers", List.of());
        body.put("crimeArticles", List.of("353"));
        Api.Response created = leader.post("/api/v1/records", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Api.Response person = leader.post("/api/v1/records/" + id + "/persons", Map.of("fullName",
                "Lò Văn Quỳnh", "proceduralRole", "SUSPECT", "organizationName", "Công ty Lâm sản Điện Quỳnh " + marker));
        assertThat(person.status()).as(person.raw().body()).isEqualTo(201);

        browser.get("http://localhost:" + port + "/login");
        Browser.logIn(browser, "http://localhost:" + port, "leader", IntegrationTest.DEMO_PASSWORD,
                IntegrationTest.DEMO_TOTP_SECRET);
        browser.findElement(By.id("header-q")).sendKeys("dien quynh " + marker.toLowerCase());
        Browser.clickAndWait(browser, By.cssSelector(".header-search button"));

        WebElement records = browser.findElement(By.id("search-group-RECORD"));
        assertThat(records.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .contains("Điện", "Quỳnh", marker);
        WebElement persons = browser.findElement(By.id("search-group-PERSON"));
        assertThat(persons.getText()).contains("Lò Văn Quỳnh");
        assertThat(browser.findElement(By.id("search-count-RECORD")).getText()).endsWith("(1)");
        Accessibility.assertNoViolations(browser, "search results");
        Browser.screenshot(browser, "search-results");

        Browser.clickAndWait(browser, By.cssSelector("#hit-RECORD-" + id + " a"));
        assertThat(browser.getCurrentUrl()).endsWith("/records/" + id);
        assertThat(browser.getTitle()).contains("Điện Quỳnh");
    }
}
