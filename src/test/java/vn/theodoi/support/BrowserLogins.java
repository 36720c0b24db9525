package vn.theodoi.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Logins of one browser kept for the class that drives it: each account logs in through the form (and its
 * second factor) once; switching back to it later puts back the cookies the browser had right after that
 * login, as if it had just logged in again, instead of a new login that must wait for a fresh second-factor
 * code (each code is accepted once, a new one comes every 30 seconds). A session the application ended
 * (an account changed, say) is noticed and the login is made again. The login itself is tested by
 * {@code LoginJourneyBrowserIT}.
 */
public final class BrowserLogins {

    private final WebDriver browser;
    private final String base;
    private final Map<String, Set<Cookie>> cookies = new HashMap<>();

    /** {@code base} as for {@link Browser#logIn}, e.g. http://localhost:8080. */
    public BrowserLogins(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /**
     * The browser logged in as {@code username} with the demo password and second factor, with no other cookie
     * (no language chosen), on the page the login leads to.
     */
    public void as(String username) {
        Set<Cookie> kept = cookies.get(username);
        if (kept != null) {
            if (!browser.getCurrentUrl().startsWith(base)) {
                browser.get(base + "/login");
            }
            browser.manage().deleteAllCookies();
            kept.forEach(browser.manage()::addCookie);
            browser.get(base + "/");
            if (!browser.getCurrentUrl().contains("/login")) {
                return;
            }
            cookies.remove(username);
        }
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        Browser.logIn(browser, base, username, IntegrationTest.DEMO_PASSWORD, IntegrationTest.DEMO_TOTP_SECRET);
        cookies.put(username, Set.copyOf(browser.manage().getCookies()));
    }
}
