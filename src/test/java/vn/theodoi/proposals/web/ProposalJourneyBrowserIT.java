package vn.theodoi.proposals.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A request for opinion from submission to the answer, in the browser: Đà Nẵng's provincial officer
 * submits it and sees it waiting; the leader assigns it to the cases department's specialist, who
 * drafts the answer; the department head checks it; the leader approves and sends it; the officer
 * reads the answer on the same page.
 */
@IntegrationTest
class ProposalJourneyBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.screenshot(browser, "proposal-journey-end");
        browser.quit();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void login(String user) {
        browser.get("http://localhost:" + port + "/login");
        Browser.logIn(browser, "http://localhost:" + port, user, IntegrationTest.DEMO_PASSWORD,
                IntegrationTest.DEMO_TOTP_SECRET);
    }

    private void logout() {
        Browser.clickAndWait(browser, By.id("logout"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aRequestForOpinionFromSubmissionToTheAnswer() {
        String marker = Unique.suffix();
        String subject = "Xin ý kiến về việc xử lý vụ việc cấp độ 3 tại dự án khu đô thị ven biển " + marker;

        login("provincial_officer");
        Browser.clickAndWait(browser, By.id("nav-proposals"));
        Browser.clickAndWait(browser, By.id("new-proposal"));
        assertThat(text("proposal-sender-fixed")).contains("Ban Nội chính Thành ủy Đà Nẵng");
        Accessibility.assertNoViolations(browser, "proposal form");
        type("referenceNumber", "Số 15-CV/BCĐ");
        type("subject", subject);
        Browser.clickAndWait(browser, By.id("proposal-save"));
        assertThat(text("proposal-subject")).isEqualTo(subject);
        assertThat(text("proposal-state")).isEqualTo("Tiếp nhận");
        assertThat(text("proposal-timeliness")).isEqualTo("Đang xử lý trong hạn");
        assertThat(text("proposal-no-answer")).contains("đang xử lý");
        assertThat(browser.findElements(By.id("steps"))).as("no internal steps for the sender").isEmpty();
        String page = browser.getCurrentUrl();
        Accessibility.assertNoViolations(browser, "proposal page, sender");
        logout();

        login("leader");
        browser.get(page);
        new Select(browser.findElement(By.id("assign-department"))).selectByValue("BNCTW-VAVV");
        new Select(browser.findElement(By.id("assign-specialist"))).selectByValue("specialist");
        Browser.clickAndWait(browser, By.id("assign-submit"));
        assertThat(text("proposal-state")).isEqualTo("Đã phân công");
        assertThat(text("proposal-specialist")).isEqualTo("Nguyễn Văn Chuyên");
        logout();

        login("specialist");
        browser.get(page);
        type("draft-text", "Ban Nội chính Trung ương đồng ý với đề xuất của Ban Chỉ đạo thành phố; đề nghị "
                + "tiếp tục xác minh, làm rõ trách nhiệm và báo cáo kết quả " + marker);
        Browser.clickAndWait(browser, By.id("draft-submit"));
        assertThat(text("proposal-state")).isEqualTo("Chờ Lãnh đạo Vụ kiểm tra");
        assertThat(browser.findElements(By.id("approve-submit"))).as("a specialist does not approve").isEmpty();
        Accessibility.assertNoViolations(browser, "proposal page, specialist");
        logout();

        login("department_head");
        browser.get(page);
        Browser.clickAndWait(browser, By.id("check-submit"));
        assertThat(text("proposal-state")).isEqualTo("Chờ Lãnh đạo Ban duyệt");
        logout();

        login("leader");
        browser.get(page);
        Browser.clickAndWait(browser, By.id("approve-submit"));
        assertThat(text("proposal-state")).isEqualTo("Đã duyệt, chờ gửi");
        Browser.clickAndWait(browser, By.id("send-submit"));
        assertThat(text("proposal-state")).isEqualTo("Đã gửi trả lời");
        assertThat(text("steps-table")).contains("Phân công").contains("Dự thảo trả lời")
                .contains("Lãnh đạo Vụ kiểm tra").contains("Lãnh đạo Ban duyệt").contains("Gửi trả lời");
        logout();

        login("provincial_officer");
        Browser.clickAndWait(browser, By.id("nav-proposals"));
        type("proposal-filter-q", marker);
        Browser.clickAndWait(browser, By.id("proposal-filter-submit"));
        assertThat(text("proposals")).contains(subject).contains("Trả lời đúng hạn");
        Accessibility.assertNoViolations(browser, "proposal list, sender");
        Browser.clickAndWait(browser, By.partialLinkText("Xin ý kiến về việc xử lý vụ việc cấp độ 3"));
        assertThat(text("proposal-answer")).contains("đồng ý với đề xuất của Ban Chỉ đạo thành phố").contains(marker);
        assertThat(text("proposal-timeliness")).isEqualTo("Trả lời đúng hạn");
        Browser.screenshot(browser, "proposal-answered");
    }

    @Test
    void anAdministratorKeepsTheResponseDeadlinesAndSeesNoProposal() {
        login("admin");
        Browser.clickAndWait(browser, By.id("nav-proposal-deadlines"));
        Accessibility.assertNoViolations(browser, "proposal deadlines");
        String days = browser.findElement(By.id("days-PROPOSAL")).getAttribute("value");
        type("days-PROPOSAL", days);
        Browser.clickAndWait(browser, By.id("save-PROPOSAL"));
        assertThat(text("saved")).isEqualTo("Đã lưu.");
        assertThat(browser.findElement(By.id("days-PROPOSAL")).getAttribute("value")).isEqualTo(days);
        assertThat(text("proposal-deadlines")).contains("admin");
        assertThat(browser.findElements(By.id("nav-proposals"))).as("no proposal content for administrators").isEmpty();
    }
}
