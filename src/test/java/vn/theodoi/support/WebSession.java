package vn.theodoi.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session without a browser: cookies kept, redirects not followed (tests look
 * at them), the CSRF token read from the last page's forms as a browser would send it. For tests of
 * sessions (several at once, of one account) where Selenium would be slow.
 */
public final class WebSession {

    public record Page(int status, String location, String body) {

        public boolean redirectsTo(String path) {
            return status / 100 == 3 && location != null && location.contains(path);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through the form (and the second step when asked, with a code from {@code totpSecret}). */
    public WebSession logIn(String username, String password, String totpSecret) {
        get("/login");
        Page afterPassword = post("/login", Map.of("username", username, "password", password));
        if (afterPassword.redirectsTo("/login/second-factor")) {
            get("/login/second-factor");
            Page done = post("/login/second-factor",
                    Map.of("code", SecondFactorCodes.nextCode(base + " " + username, totpSecret)));
            if (done.status() / 100 != 3 || done.location().contains("/login")) {
                throw new IllegalStateException("second factor of " + username + " refused: " + done);
            }
        } else if (afterPassword.status() / 100 != 3 || afterPassword.location().contains("/login")) {
            throw new IllegalStateException("login of " + username + " refused: " + afterPassword.location());
        }
        return this;
    }

    public WebSession logIn(String username, String password) {
        return logIn(username, password, IntegrationTest.DEMO_TOTP_SECRET);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post with the CSRF token of the last page read (read {@code path}'s page first if none yet). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of the element with this id on the page (the first text node; enough for facts and codes). */
    public static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }
}
