package vn.theodoi.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the running application's API, as an integrating system would call it. */
public final class Api {

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SECOND_FACTOR_TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;
    private String language;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * A client logged in as this person. Where the account needs a second factor, the code is
     * computed from the demo users' secret ({@link IntegrationTest#DEMO_TOTP_SECRET}), as an
     * authenticator app would; such tokens are reused while they still work, since each code is
     * accepted once and a new one comes every 30 seconds.
     */
    public Api as(String username, String password) {
        return as(username, password, IntegrationTest.DEMO_TOTP_SECRET);
    }

    /** As {@link #as(String, String)}, for an account enrolled with its own TOTP secret. */
    public Api as(String username, String password, String totpSecret) {
        String key = base + " " + username + " " + password;
        String cached = SECOND_FACTOR_TOKENS.get(key);
        if (cached != null) {
            Response me = withToken(cached).get("/api/v1/me");
            if (me.status() == 200 && username.equals(me.body().get("username").asString())) {
                return new Api(base, cached, language);
            }
            SECOND_FACTOR_TOKENS.remove(key);
        }
        Response response = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() == 401 && response.body() != null && response.body().has("code")
                && "login.secondFactor.required".equals(response.body().get("code").asString())) {
            response = post("/api/v1/auth/token", Map.of("username", username, "password", password,
                    "code", SecondFactorCodes.nextCode(base + " " + username, totpSecret)));
            if (response.status() == 200) {
                SECOND_FACTOR_TOKENS.put(key, response.body().get("token").asString());
            }
        }
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.raw().body());
        }
        return new Api(base, response.body().get("token").asString(), language);
    }

    /** The base URL, e.g. {@code http://localhost:8080}. */
    public String base() {
        return base;
    }

    public Api withToken(String token) {
        return new Api(base, token, language);
    }

    public Api inLanguage(String language) {
        return new Api(base, token, language);
    }

    private Api(String base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST: text fields and one file, streamed from disk. */
    public Response postFile(String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, java.nio.file.Path file) {
        String boundary = "theodoi-" + java.util.UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                .append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n\r\n");
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofString(head.toString()), HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
            return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Any method, a raw path with its query, and a raw JSON body (or none): what a fuzz test sends. */
    public Response send(String method, String pathAndQuery, String body) {
        HttpRequest.Builder builder = request(pathAndQuery);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() || !body.trim().startsWith("{") && !body.trim().startsWith("[")
                    ? null : JSON.readTree(body);
            return new Response(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
