package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.theodoi.audit.AuditTally;
import vn.theodoi.support.Api;

/**
 * The prod profile behind a TLS reverse proxy (issue 7, failure 10): HSTS on HTTPS, the proxy's
 * forwarded headers trusted; and the rate limits on logins (item 5), with small limits so that
 * they are reached quickly. The embedded database stands in for PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:prodprofile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "theodoi.bootstrap.admin.username=quantri", "theodoi.bootstrap.admin.password=First-Admin-Passw0rd",
        "theodoi.security.login-attempts-per-address=8", "theodoi.security.login-attempts-per-account=3"})
@ActiveProfiles("prod")
class ProductionProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTally tally;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindTheTlsProxyEveryAnswerCarriesHstsAndRedirectsStayOnHttps() throws Exception {
        Map<String, String> viaProxy = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "theodoi.example.vn",
                "X-Forwarded-For", "203.0.113.7");

        HttpResponse<String> login = get("/login", viaProxy);
        HttpResponse<String> home = get("/", viaProxy);
        HttpResponse<String> api = get("/api/v1/me", viaProxy);

        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("https://theodoi.example.vn/login");
        assertThat(login.headers().allValues("Set-Cookie")).allMatch(c -> c.contains("Secure"));
        assertThat(get("/login", Map.of()).headers().firstValue("Strict-Transport-Security"))
                .as("never on plain HTTP").isEmpty();
    }

    @Test
    void theClientAddressComesFromTheProxy() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.23")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"quantri\",\"password\":\"Wrong-Password-1\"}"))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForObject("select client_address from audit_entry where action = 'LOGIN' "
                + "order by id desc limit 1", String.class)).isEqualTo("198.51.100.23");
    }

    @Test
    void loginsAreRateLimitedPerAccountAndPerAddress() {
        Api api = new Api(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/token", Map.of("username", "ratelimited", "password", "Wrong-" + i))
                    .status()).isEqualTo(401);
        }
        Api.Response limitedAccount = api.post("/api/v1/auth/token",
                Map.of("username", "ratelimited", "password", "Wrong-4"));
        assertThat(limitedAccount.status()).isEqualTo(429);
        assertThat(limitedAccount.header("Retry-After")).isNotBlank();
        assertThat(limitedAccount.header("Content-Type")).startsWith("application/problem+json");
        assertThat(limitedAccount.body().get("code").asString()).isEqualTo("login.error.rate_limited");

        int answered = 0;
        Api.Response last = null;
        for (int i = 0; i < 10 && (last == null || last.status() != 429); i++) {
            last = api.post("/api/v1/auth/token", Map.of("username", "other" + i, "password", "Wrong-Password"));
            answered++;
        }
        assertThat(last.status()).as("the address is limited across account names").isEqualTo(429);
        assertThat(answered).isLessThanOrEqualTo(6);

        tally.flush();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_RATE_LIMITED'",
                Long.class)).isPositive();
    }
}
