package vn.theodoi.situations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Accessibility;
import vn.theodoi.support.Api;
import vn.theodoi.support.Browser;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * The map of hot spots in a real browser: Đà Nẵng's officer reports one through the form, the
 * leader's fixture comes through the API, and each tile is painted in its legend's colour, read from
 * the browser's computed style; the officer sees their province only; a tile filters the feed.
 */
@IntegrationTest
class SituationMapBrowserIT {

    /** The legend's colours (situations.css), as the browser computes them. */
    static final String NONE = "rgba(238, 242, 245, 1)";
    static final String LOW = "rgba(253, 230, 138, 1)";
    static final String MEDIUM = "rgba(251, 146, 60, 1)";
    static final String SERIOUS = "rgba(185, 28, 28, 1)";

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "situation-map-end");
        browser.quit();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void login(String user) {
        browser.get(base() + "/login");
        Browser.logIn(browser, base(), user, IntegrationTest.DEMO_PASSWORD, IntegrationTest.DEMO_TOTP_SECRET);
    }

    private WebElement tile(String province) {
        return browser.findElement(By.cssSelector("#situation-map li[data-province='" + province + "']"));
    }

    private String colour(String province) {
        return tile(province).getCssValue("background-color");
    }

    static Map<String, Object> hotSpot(String province, int severity, String marker, LocalDate day) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "SECURITY_INCIDENT");
        body.put("provinceCode", province);
        body.put("place", "Khu công nghiệp " + marker);
        body.put("occurredOn", day.toString());
        body.put("severity", severity);
        body.put("summary", "Công nhân ngừng việc tập thể, yêu cầu trả lương " + marker);
        return body;
    }

    @Test
    void theMapPaintsEachProvinceInItsLegendsColourAndATileFiltersTheFeed() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String marker = "BD" + Unique.suffix();

        // Đà Nẵng's officer reports a hot spot of severity 1 through the form (the province is theirs by default)
        login("provincial_officer");
        Browser.clickAndWait(browser, By.id("nav-situations"));
        Browser.clickAndWait(browser, By.id("new-situation"));
        assertThat(new Select(browser.findElement(By.id("provinceCode"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("VN-48");
        new Select(browser.findElement(By.id("type"))).selectByValue("PROLONGED_COMPLAINT");
        browser.findElement(By.id("place")).sendKeys("Phường Hòa Khánh " + marker);
        new Select(browser.findElement(By.id("severity"))).selectByValue("1");
        browser.findElement(By.id("summary")).sendKeys("Nhóm hộ dân khiếu nại kéo dài về đất đai " + marker);
        Browser.clickAndWait(browser, By.id("situation-save"));
        assertThat(browser.findElement(By.id("situation-status")).getText()).isEqualTo("Mới phát sinh");
        assertThat(browser.findElement(By.id("situation-province")).getText()).isEqualTo("Đà Nẵng");

        // the leader's fixture: Lai Châu 2 and 1 open; Cà Mau 3 open; Đà Nẵng 3, then resolved
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        for (Map<String, Object> body : new Map[] {hotSpot("VN-12", 2, marker, today), hotSpot("VN-12", 1, marker, today),
                hotSpot("VN-96", 3, marker, today.minusDays(1)), hotSpot("VN-48", 3, marker, today.minusDays(2))}) {
            Api.Response created = leader.post("/api/v1/situations", body);
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            if ("VN-48".equals(body.get("provinceCode"))) {
                Api.Response resolved = leader.post("/api/v1/situations/" + created.body().get("id").asLong()
                        + "/updates", Map.of("date", today.toString(), "text", "Đã trả lương, công nhân trở lại làm việc",
                        "status", "RESOLVED", "version", created.body().get("version").asLong()));
                assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(201);
            }
        }

        // the officer sees their own province only: Đà Nẵng low, Lai Châu and Cà Mau as if calm
        browser.get(base() + "/situations?q=" + marker);
        assertThat(colour("VN-48")).isEqualTo(LOW);
        assertThat(colour("VN-12")).isEqualTo(NONE);
        assertThat(colour("VN-96")).isEqualTo(NONE);
        Browser.clickAndWait(browser, By.id("logout"));

        // the leader sees every province: by hand, Lai Châu medium (2 open, highest 2), Cà Mau serious,
        // Đà Nẵng low (the 3 is resolved), Hà Nội none
        login("leader");
        browser.get(base() + "/situations?q=" + marker);
        Browser.screenshot(browser, "situation-map");
        assertThat(colour("VN-12")).isEqualTo(MEDIUM);
        assertThat(colour("VN-96")).isEqualTo(SERIOUS);
        assertThat(colour("VN-48")).isEqualTo(LOW);
        assertThat(colour("VN-01")).isEqualTo(NONE);
        assertThat(tile("VN-96").findElement(By.tagName("a")).getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
        // colour is not the only signal: the words say the same
        assertThat(tile("VN-12").getText()).contains("Lai Châu").contains("2 điểm · mức 2");
        assertThat(tile("VN-96").findElement(By.tagName("a")).getAttribute("aria-label"))
                .isEqualTo("Cà Mau: 1 điểm nóng chưa giải quyết, mức độ cao nhất 3");
        // the legend shows the same colours
        assertThat(browser.findElement(By.id("legend-sev-0")).getCssValue("background-color")).isEqualTo(NONE);
        assertThat(browser.findElement(By.id("legend-sev-1")).getCssValue("background-color")).isEqualTo(LOW);
        assertThat(browser.findElement(By.id("legend-sev-2")).getCssValue("background-color")).isEqualTo(MEDIUM);
        assertThat(browser.findElement(By.id("legend-sev-3")).getCssValue("background-color")).isEqualTo(SERIOUS);
        assertThat(browser.findElements(By.cssSelector("#situations > li"))).hasSize(5);
        Accessibility.assertNoViolations(browser, "situations map");

        // a tile filters the feed by its province, keeping the search
        Browser.clickAndWait(browser, By.id("tile-VN-12"));
        assertThat(browser.findElement(By.id("situation-feed-title")).getText()).contains("Lai Châu");
        assertThat(browser.findElements(By.cssSelector("#situations > li"))).hasSize(2);
        assertThat(tile("VN-12").getAttribute("class")).contains("hs-selected");
        assertThat(tile("VN-12").findElement(By.tagName("a")).getAttribute("aria-current")).isEqualTo("true");
    }
}
