package vn.theodoi.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium in headless mode, driven by Debian's chromedriver, both named explicitly so
 * nothing is downloaded. Paths can be overridden with CHROME_BIN and CHROMEDRIVER_BIN. The window is 1366×768,
 * the screen most of our users have; the browser asks for English, as most do, and still gets Vietnamese.
 */
public final class Browser {

    private Browser() {
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
    public static void clickAndWait(org.openqa.selenium.WebDriver browser, org.openqa.selenium.By target) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        browser.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                // stale element, or Chromium's "node does not belong to the document": the old page is gone
                return true;
            }
        });
    }

    /**
     * Logs in through the form at {@code base} (e.g. http://localhost:8080), and through the second
     * step with a code computed from {@code totpSecret} when the application asks for one.
     */
    public static void logIn(org.openqa.selenium.WebDriver browser, String base, String username, String password,
            String totpSecret) {
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(base + "/login");
        }
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        clickAndWait(browser, org.openqa.selenium.By.id("login-submit"));
        passSecondFactor(browser, base, username, totpSecret);
    }

    /** On the second-factor page, types the next code of the account and submits it; elsewhere does nothing. */
    public static void passSecondFactor(org.openqa.selenium.WebDriver browser, String base, String username,
            String totpSecret) {
        // A code is accepted once; should another test of this run have spent this one, the next one is taken.
        // A login that still fails says so here, not as a missing element on the page after it.
        for (int attempt = 0; browser.getCurrentUrl().contains("/login/second-factor"); attempt++) {
            if (attempt == 3) {
                throw new IllegalStateException("the second factor of " + username + " was refused three times: "
                        + browser.findElement(org.openqa.selenium.By.tagName("main")).getText());
            }
            browser.findElement(org.openqa.selenium.By.id("code"))
                    .sendKeys(SecondFactorCodes.nextCode(base + " " + username, totpSecret));
            clickAndWait(browser, org.openqa.selenium.By.id("second-factor-submit"));
        }
    }

    public static ChromeDriver start() {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chrome)) || !Files.isExecutable(Path.of(driver))) {
            throw new IllegalStateException("Chromium and chromedriver are needed for browser tests: "
                    + "run .ci/run (it installs Debian's chromium and chromium-driver) or set CHROME_BIN/CHROMEDRIVER_BIN");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=en-US", "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return browser;
    }

    /** Kept under target/screenshots for a person to look at after the run. */
    public static void screenshot(org.openqa.selenium.TakesScreenshot browser, String name) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/" + name + ".png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
