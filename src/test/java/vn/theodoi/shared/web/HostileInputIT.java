package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * Issue 7, failures 5 and 6: input that answered HTTP 500 or Spring's default JSON, or that was
 * stored as sent (control characters, ordinals, 2.5 into an integer). Every refusal is a 4xx
 * RFC 9457 problem in the request's language.
 */
@IntegrationTest
class HostileInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("title").asString()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception", "at vn.", "org.springframework");
    }

    @Test
    void anInvalidLanguageCookieIsIgnoredEverywhere() throws Exception {
        for (String cookie : List.of("THEODOI_LANG=@@invalid@@", "THEODOI_LANG=xx_YY_ZZ_bad", "THEODOI_LANG=en%00",
                "THEODOI_LANG=fr", "THEODOI_LANG=" + "a".repeat(300))) {
            HttpResponse<String> login = raw(HttpRequest.newBuilder(uri("/login")).header("Cookie", cookie));
            assertThat(login.statusCode()).as(cookie).isEqualTo(200);
            assertThat(login.body()).as(cookie).contains("lang=\"vi\"");
            HttpResponse<String> api = raw(HttpRequest.newBuilder(uri("/api/v1/me")).header("Cookie", cookie));
            assertThat(api.statusCode()).as(cookie).isEqualTo(401);
        }
    }

    @Test
    void aMalformedAcceptLanguageGetsVietnamese() throws Exception {
        for (String header : List.of("en;q=abc", "*;q=2", ";;;", "x".repeat(2000), "en-US;q=0.9,;q=")) {
            HttpResponse<String> api = raw(HttpRequest.newBuilder(uri("/api/v1/me")).header("Accept-Language", header));
            assertThat(api.statusCode()).as(header).isEqualTo(401);
            assertThat(api.body()).as(header).contains("Chưa xác thực");
        }
    }

    @Test
    void sortsAreAWhitelist() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        Api auditor = new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);

        for (String sort : List.of("passwordHash", "password_hash", "nonexistent", "totpSecret", "roles.x")) {
            Api.Response users = admin.get("/api/v1/users?sort=" + sort);
            assertProblem(users, 400);
            assertThat(users.body().get("errors").get(0).get("field").asString()).isEqualTo("sort");
            assertProblem(auditor.get("/api/v1/audit?sort=" + sort + ",desc"), 400);
        }
        assertThat(admin.get("/api/v1/users?sort=fullName,desc").status()).isEqualTo(200);
        assertThat(auditor.inLanguage("en").get("/api/v1/audit?sort=actor").status()).isEqualTo(200);
        Api.Response english = admin.inLanguage("en").get("/api/v1/users?sort=passwordHash");
        assertThat(english.body().get("errors").get(0).get("message").asString())
                .contains("cannot be sorted", "username");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblems() throws Exception {
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);

        Api.Response unknown = specialist.get("/api/v1/does-not-exist");
        assertProblem(unknown, 404);
        assertThat(unknown.body().get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(specialist.inLanguage("en").get("/api/v1/does-not-exist").body().get("title").asString())
                .isEqualTo("Not found");

        Api.Response wrongMethod = specialist.delete("/api/v1/me");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("GET");

        HttpResponse<String> wrongType = raw(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("username=x")));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        assertProblem(specialist.get("/api/v1/users/" + "x".repeat(300)), 403);
        // refused by Tomcat itself before any servlet: still a problem on the API
        for (String path : List.of("/api/v1/users/%00", "/api/v1/users/..%2F..%2Fetc", "/api/v1/users/%ED%A0%80")) {
            Api.Response refused = specialist.get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(refused.body().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        }
        assertProblem(new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD).get("/api/v1/users/" + "x".repeat(300)),
                404);
    }

    @Test
    void jsonIsReadStrictly() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
        String name = "strict_" + Unique.suffix();

        Map<String, String> cases = Map.of(
                "{\"username\":\"" + name + "\",\"fullName\":\"X\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":1,\"password\":\"Mat-Khau-Dung-2026\"}", "clearance",
                "{\"username\":\"" + name + "\",\"fullName\":\"X\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[0],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\"}", "roles[0]",
                "{\"username\":\"" + name + "\",\"fullName\":\"A\\u0000B\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\"}",
                "fullName",
                "{\"username\":\"" + name + "\",\"fullName\":\"A\\ud800B\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\"}",
                "fullName",
                "{\"username\":\"" + name + "\",\"fullName\":\"A\\u001bB\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\"}",
                "fullName",
                "{\"username\":\"" + name + "\",\"fullName\":\"X\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\","
                        + "\"version\":2.5}", "version",
                "{\"username\":\"" + name + "\",\"fullName\":\"X\",\"organizationCode\":\"BNCTW-VAVV\","
                        + "\"roles\":[\"SPECIALIST\"],\"clearance\":\"UNCLASSIFIED\",\"password\":\"Mat-Khau-Dung-2026\","
                        + "\"isAdmin\":true}", "isAdmin");
        cases.forEach((body, field) -> {
            Api.Response refused = admin.postRaw("/api/v1/users", body);
            assertProblem(refused, 400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
        });
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, name)).isZero();
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedByThePolicy() {
        Api admin = new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);

        Api.Response refused = admin.post("/api/v1/users", Map.of("username", "longpw_" + Unique.suffix(),
                "fullName", "Dài", "organizationCode", "BNCTW-VAVV", "roles", List.of("SPECIALIST"),
                "clearance", "UNCLASSIFIED", "password", "Aa1-" + "ấ".repeat(30)));

        assertProblem(refused, 422);
        assertThat(refused.body().get("code").asString()).isEqualTo("password.tooLong");
        assertThat(refused.body().get("detail").asString()).contains("72");
        Api.Response login = new Api(port).post("/api/v1/auth/token", Map.of("username", "admin",
                "password", "x".repeat(500)));
        assertThat(login.status()).isEqualTo(401);
        Api.Response longName = new Api(port).post("/api/v1/auth/token", Map.of("username", "u".repeat(150),
                "password", "Wrong-Password-1"));
        assertThat(longName.status()).isEqualTo(401);
    }

    @Test
    void queryParametersAreCheckedTheSameWay() {
        Api auditor = new Api(port).as("auditor", IntegrationTest.DEMO_PASSWORD);

        Api.Response refused = auditor.get("/api/v1/audit?actor=a%00b");

        assertProblem(refused, 400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertProblem(auditor.get("/api/v1/audit?actor=%ED%A0%80"), 400);
        assertThat(auditor.get("/api/v1/audit?actor=Nguye%CC%82%CC%83n").status()).isEqualTo(200);
    }

    @Test
    void formFieldsAreCheckedTheSameWay() {
        WebSession admin = new WebSession(port).logIn("admin", IntegrationTest.DEMO_PASSWORD);
        admin.get("/admin/users/new");
        String name = "formctl_" + Unique.suffix();

        WebSession.Page refused = admin.post("/admin/users", Map.of("username", name, "fullName", "Tên\u0007Lạ",
                "organizationCode", "BNCTW-VAVV", "roles", "SPECIALIST", "clearance", "UNCLASSIFIED",
                "password", "Mat-Khau-Dung-2026"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(WebSession.textOf(refused.body(), "refused-field")).contains("fullName", "ký tự không được phép");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, name)).isZero();
        assertThat(admin.get("/admin/users?page=abc").status()).isEqualTo(400);
        assertThat(admin.get("/admin/calendar?year=" + "9".repeat(30)).status()).isEqualTo(400);
    }
}
