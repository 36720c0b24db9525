package vn.theodoi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.SecondFactorCodes;

/**
 * Latency and throughput of the record list, the record page, the home page widgets, the task list,
 * the task statistics and "since session N" at scale,
 * for several demo users, against a PostgreSQL database that the scale data generator fills once.
 * It reports; it asserts nothing about timing. Run with {@code bench/run-benchmark.sh} or
 * {@code ./mvnw -Pbenchmark verify} (see README, "Performance"). Settings (system properties):
 * {@code bench.records} (default 200000), {@code bench.requests} (per endpoint and concurrency,
 * default 100), {@code bench.warmup} (default 20), {@code bench.concurrency} (default "1,4"), {@code bench.only} (endpoint names to keep, comma-separated; default all);
 * the database: {@code THEODOI_BENCH_DB_URL}, {@code THEODOI_BENCH_DB_USER},
 * {@code THEODOI_BENCH_DB_PASSWORD}. Pages not deployed yet (404) are reported as such.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "theodoi.demo.enabled=true", "theodoi.demo.password=" + RecordsBenchmark.PASSWORD,
    "theodoi.demo.totp-secret=" + IntegrationTest.DEMO_TOTP_SECRET,
    "theodoi.data-dir=target/bench-data", "logging.level.root=WARN", "logging.level.vn.theodoi=INFO"})
class RecordsBenchmark {

    static final String PASSWORD = "Bench-Demo-Passw0rd";
    static final String URL = env("THEODOI_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/theodoi_bench");
    static final String USER = env("THEODOI_BENCH_DB_USER", "theodoi_test");
    static final String DB_PASSWORD = env("THEODOI_BENCH_DB_PASSWORD", "theodoi_test");
    static final int RECORDS = Integer.getInteger("bench.records", 200_000);
    static final int TASKS = Integer.getInteger("bench.tasks", 50_000);
    static final int INSPECTIONS = Integer.getInteger("bench.inspections", 2_000);
    static final int SITUATIONS = Integer.getInteger("bench.situations", 10_000);
    static final int PROPOSALS = Integer.getInteger("bench.proposals", 20_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 100);
    /** Only the endpoints whose name contains one of these (comma-separated), e.g. "figure,reports"; all when empty. */
    static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final int[] CONCURRENCY = Arrays.stream(System.getProperty("bench.concurrency", "1,4").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static long existing;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    vn.theodoi.search.Search search;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Counts the records already there, so the generator (run at start-up) only adds the missing ones. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        existing = 0;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.getMetaData().getTables(null, null, "oversight_record", null)) {
            if (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("select count(*) from oversight_record")) {
                    n.next();
                    existing = n.getLong(1);
                }
            }
        }
        long existingTasks = 0;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.getMetaData().getTables(null, null, "task", null)) {
            if (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("select count(*) from task")) {
                    n.next();
                    existingTasks = n.getLong(1);
                }
            }
        }
        long existingInspections = 0;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.getMetaData().getTables(null, null, "inspection", null)) {
            if (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("select count(*) from inspection")) {
                    n.next();
                    existingInspections = n.getLong(1);
                }
            }
        }
        long existingSituations = 0;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.getMetaData().getTables(null, null, "situation", null)) {
            if (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("select count(*) from situation")) {
                    n.next();
                    existingSituations = n.getLong(1);
                }
            }
        }
        long missingSituations = Math.max(0, SITUATIONS - existingSituations);
        long existingProposals = 0;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.getMetaData().getTables(null, null, "proposal", null)) {
            if (rs.next()) {
                try (ResultSet n = c.createStatement().executeQuery("select count(*) from proposal")) {
                    n.next();
                    existingProposals = n.getLong(1);
                }
            }
        }
        long missingProposals = existingProposals == 0 ? PROPOSALS : Math.max(0, PROPOSALS - existingProposals);
        // a fresh database also receives the ~60 demo records first (and the demo's ~90 tasks)
        long missing = Math.max(0, RECORDS - existing - (existing == 0 ? 61 : 0));
        long missingTasks = existingTasks == 0 ? TASKS : Math.max(0, TASKS - existingTasks);
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> DB_PASSWORD);
        registry.add("theodoi.generate.records", () -> missing);
        registry.add("theodoi.generate.tasks", () -> missingTasks);
        // the demo's 12 inspections come first on a fresh database
        long missingInspections = Math.max(0, INSPECTIONS - Math.max(existingInspections, 12));
        registry.add("theodoi.generate.inspections", () -> missingInspections);
        registry.add("theodoi.generate.situations", () -> missingSituations);
        registry.add("theodoi.generate.proposals", () -> missingProposals);
        registry.add("theodoi.generate.prefix", () -> "B");
    }

    record Endpoint(String name, String path) {
    }

    /**
     * What people type in the one search box (issue 14), taken in turn by the search endpoints ({q}): sector
     * words, company and project names, person names, places, codes, one syllable, with and without diacritics.
     */
    static final List<String> SEARCH_QUERIES = List.of("đấu thầu", "dau thau", "thiết bị y tế", "Hoàng Long",
            "phuc thinh xanh", "nguyen van", "Trần Thị", "xăng dầu", "bat dong san", "chiếm đoạt tài sản",
            "Sao Mai", "Bạch Đằng", "dak lak", "Hồ Chí Minh", "tham nhung", "an", "long", "thầu", "B-VA-2023-83",
            "va-2026-bnctw-0001", "kiểm tra", "đôn đốc thu hồi tài sản", "hoa sen vàng", "đăng kiểm");

    record Result(String user, String endpoint, int concurrency, String status, double p50, double p95,
            double throughput) {
    }

    @Test
    void measure() throws Exception {
        // Steady state, as autovacuum keeps a live database: fresh statistics and visibility map
        // (a migration that rewrote a table, or the generator, leaves both behind).
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD)) {
            c.createStatement().execute("vacuum analyze");
        }
        // the one search reads its index once built (in the background for a large data set): measure that
        long waited = System.nanoTime();
        while (!search.indexReady() && System.nanoTime() - waited < java.util.concurrent.TimeUnit.MINUTES.toNanos(60)) {
            Thread.sleep(1_000);
        }
        System.out.printf("Search index ready: %s after %d s%n", search.indexReady(),
                (System.nanoTime() - waited) / 1_000_000_000);
        List<Result> results = new ArrayList<>();
        for (String user : List.of("leader", "specialist", "provincial_officer")) {
            String token = token(user);
            JsonNode first = json(token, "/api/v1/records?size=50");
            long total = first.get("page").get("totalElements").asLong();
            List<Long> ids = new ArrayList<>();
            first.get("content").forEach(row -> ids.add(row.get("id").asLong()));
            long deepPage = Math.max(1, total / 50 / 2);
            String q = "q=" + URLEncoder.encode("dau thau", StandardCharsets.UTF_8);
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            List<Endpoint> endpoints = List.of(
                    new Endpoint("API list, first page", "/api/v1/records"),
                    new Endpoint("API list ?level=1&deadline=OVERDUE", "/api/v1/records?level=1&deadline=OVERDUE"),
                    new Endpoint("API list ?q=dau thau", "/api/v1/records?" + q),
                    new Endpoint("API list ?province=VN-48&kind=CASE", "/api/v1/records?province=VN-48&kind=CASE"),
                    new Endpoint("API list, deep page (" + deepPage + ")", "/api/v1/records?page=" + deepPage),
                    new Endpoint("API record {id}", "/api/v1/records/{id}"),
                    new Endpoint("API dashboard", "/api/v1/records/dashboard"),
                    new Endpoint("Page / (home)", "/"),
                    new Endpoint("Page /records, first page", "/records"),
                    new Endpoint("Page /records?level=1&deadline=OVERDUE", "/records?level=1&deadline=OVERDUE"),
                    new Endpoint("Page /records?q=dau thau", "/records?" + q),
                    new Endpoint("Page /records?province=VN-48&kind=CASE", "/records?province=VN-48&kind=CASE"),
                    new Endpoint("Page /records, deep page (" + deepPage + ")", "/records?page=" + deepPage),
                    new Endpoint("Page /records/{id}", "/records/{id}"),
                    new Endpoint("API list ?figure=INITIATED, this year", "/api/v1/records?figure=INITIATED&figureFrom="
                            + year + "-01-01&figureTo=" + year + "-12-31"),
                    new Endpoint("API list ?figure=LEVEL_AT_END&figureLevel=1, this year",
                            "/api/v1/records?figure=LEVEL_AT_END&figureLevel=1&figureFrom=" + year + "-01-01&figureTo="
                                    + year + "-12-31"),
                    new Endpoint("Page /records?figure=CHARGED_PERSONS, this year", "/records?figure=CHARGED_PERSONS"
                            + "&figureFrom=" + year + "-01-01&figureTo=" + year + "-12-31"),
                    new Endpoint("API list ?figure=DEADLINES_MET, this year", "/api/v1/records?figure=DEADLINES_MET"
                            + "&figureFrom=" + year + "-01-01&figureTo=" + year + "-12-31"),
                    new Endpoint("API list ?figure=DEADLINES_MISSED, this year",
                            "/api/v1/records?figure=DEADLINES_MISSED&figureFrom=" + year + "-01-01&figureTo=" + year
                                    + "-12-31"),
                    new Endpoint("API reports/figures, this year", "/api/v1/reports/figures?from=" + year
                            + "-01-01&to=" + year + "-12-31"),
                    new Endpoint("Page /reports/statistics, this half-year", "/reports/statistics"),
                    new Endpoint("API tasks, first page", "/api/v1/tasks"),
                    new Endpoint("API tasks ?status=OVERDUE", "/api/v1/tasks?status=OVERDUE"),
                    new Endpoint("API tasks/stats, this year", "/api/v1/tasks/stats?from=" + year + "-01-01&to=" + year
                            + "-12-31"),
                    new Endpoint("API since session 28", "/api/v1/meetings/since-session/28"),
                    new Endpoint("Page /tasks, first page", "/tasks"),
                    new Endpoint("Page /tasks/stats, this year", "/tasks/stats"),
                    new Endpoint("Page /meetings/since?session=28", "/meetings/since?session=28"),
                    new Endpoint("API inspections, first page", "/api/v1/inspections"),
                    new Endpoint("API inspections ?status=CONCLUDED&target=BCD-48",
                            "/api/v1/inspections?status=CONCLUDED&target=BCD-48"),
                    new Endpoint("Page /inspections, first page", "/inspections"),
                    new Endpoint("API situations, first page", "/api/v1/situations"),
                    new Endpoint("API situations ?status=OPEN&severity=3", "/api/v1/situations?status=OPEN&severity=3"),
                    new Endpoint("API situations/by-province", "/api/v1/situations/by-province"),
                    new Endpoint("Page /situations (map and feed)", "/situations"),
                    new Endpoint("Page /situations?province=VN-48", "/situations?province=VN-48"),
                    new Endpoint("API proposals, first page", "/api/v1/proposals"),
                    new Endpoint("API proposals ?timeliness=OVERDUE", "/api/v1/proposals?timeliness=OVERDUE"),
                    new Endpoint("API proposals ?type=OPINION_REQUEST&q=dau thau",
                            "/api/v1/proposals?type=OPINION_REQUEST&" + q),
                    new Endpoint("Page /proposals, first page", "/proposals"),
                    new Endpoint("Page /proposals?state=CHECKED", "/proposals?state=CHECKED"),
                    new Endpoint("API search, 24 queries in turn", "/api/v1/search?q={q}"),
                    new Endpoint("API search ?kind=RECORD, 24 queries in turn", "/api/v1/search?kind=RECORD&q={q}"),
                    new Endpoint("Page /search, 24 queries in turn", "/search?q={q}"));
            System.out.printf("%s sees %d records and %d tasks%n", user, total,
                    json(token, "/api/v1/tasks?size=1").get("page").get("totalElements").asLong());
            for (Endpoint endpoint : endpoints) {
                if (!ONLY.isEmpty() && ONLY.stream().noneMatch(endpoint.name()::contains)) {
                    continue;
                }
                for (int concurrency : CONCURRENCY) {
                    Result result = run(user, token, endpoint, ids, concurrency);
                    System.out.println(result);
                    results.add(result);
                }
            }
        }
        results.addAll(reviewDocuments(token("leader")));
        String report = report(results) + exportReport(token("leader"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark.md"), report);
        System.out.println(report);
    }

    private Result run(String user, String token, Endpoint endpoint, List<Long> ids, int concurrency)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < WARMUP; i++) {
            statuses.merge((int) call(token, path(endpoint, ids, next.getAndIncrement()))[0], 1, Integer::sum);
        }
        if (statuses.keySet().stream().allMatch(s -> s == 404)) {
            return new Result(user, endpoint.name(), concurrency, "404 (not deployed)", 0, 0, 0);
        }
        statuses.clear();
        long[] latencies = new long[REQUESTS];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = done.getAndIncrement()) < REQUESTS) {
                    long[] outcome = call(token, path(endpoint, ids, next.getAndIncrement()));
                    latencies[i] = outcome[1];
                    synchronized (statuses) {
                        statuses.merge((int) outcome[0], 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        String status = statuses.size() == 1 ? String.valueOf(statuses.keySet().iterator().next())
                : statuses.toString();
        return new Result(user, endpoint.name(), concurrency, status, percentile(latencies, 50) / 1e6,
                percentile(latencies, 95) / 1e6, REQUESTS / seconds);
    }

    private static String path(Endpoint endpoint, List<Long> ids, int i) {
        String path = endpoint.path().replace("{q}",
                URLEncoder.encode(SEARCH_QUERIES.get(i % SEARCH_QUERIES.size()), StandardCharsets.UTF_8));
        return ids.isEmpty() ? path.replace("{id}", "0") : path.replace("{id}", String.valueOf(ids.get(i % ids.size())));
    }

    /** Status and latency in nanoseconds of one GET, the whole body read. */
    private long[] call(String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new long[] {response.statusCode(), System.nanoTime() - start};
        } catch (Exception e) {
            return new long[] {-1, System.nanoTime() - start};
        }
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** A bearer token for the demo user; leaders (cleared SECRET and above) also give their second factor. */
    private String token(String user) throws Exception {
        HttpResponse<String> response = login(Map.of("username", user, "password", PASSWORD));
        if (response.statusCode() == 401 && response.body().contains("login.secondFactor.required")) {
            response = login(Map.of("username", user, "password", PASSWORD, "code",
                    SecondFactorCodes.nextCode("bench " + user, IntegrationTest.DEMO_TOTP_SECRET)));
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    private HttpResponse<String> login(Map<String, String> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private String report(List<Result> results) throws SQLException {
        long records;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from oversight_record")) {
            rs.next();
            records = rs.getLong(1);
        }
        long taskCount;
        try (Connection c = DriverManager.getConnection(URL, USER, DB_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from task")) {
            rs.next();
            taskCount = rs.getLong(1);
        }
        StringBuilder md = new StringBuilder("## Benchmark: ").append(records).append(" records, ").append(taskCount)
                .append(" tasks, ")
                .append(ZonedDateTime.now().withNano(0)).append("\n\n")
                .append(REQUESTS).append(" requests per row after ").append(WARMUP).append(" warm-up requests; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors; ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append("\n\n| User | Endpoint | Concurrency | Status | p50 ms | p95 ms | req/s |\n")
                .append("|---|---|---:|---|---:|---:|---:|\n");
        for (Result r : results) {
            boolean measured = r.throughput() > 0;
            md.append(String.format("| %s | %s | %d | %s | %s | %s | %s |%n", r.user(), r.endpoint(),
                    r.concurrency(), r.status(), measured ? String.format("%.1f", r.p50()) : "–",
                    measured ? String.format("%.1f", r.p95()) : "–",
                    measured ? String.format("%.0f", r.throughput()) : "–"));
        }
        return md.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The leader's review of this year as DOCX and PDF (target: a 50-page report in under 5 s): a few
     * timed generations after one warm-up each, the PDF's page count in the row's name.
     */
    private List<Result> reviewDocuments(String token) throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String base = "/api/v1/reports/review?from=" + year + "-01-01&to=" + year + "-12-31&format=";
        int runs = Math.max(3, REQUESTS / 20);
        List<Result> rows = new ArrayList<>();
        for (String format : List.of("docx", "pdf")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + format))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).GET().build();
            HttpResponse<byte[]> warm = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String pages = "";
            if (warm.statusCode() == 200 && format.equals("pdf")) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(warm.body())) {
                    pages = ", " + pdf.getNumberOfPages() + " pages";
                }
            }
            long[] latencies = new long[runs];
            Map<Integer, Integer> statuses = new TreeMap<>();
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                int status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                latencies[i] = System.nanoTime() - start;
                statuses.merge(status, 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            String status = statuses.size() == 1 ? String.valueOf(statuses.keySet().iterator().next())
                    : statuses.toString();
            Result row = new Result("leader", "API review " + format.toUpperCase() + ", this year ("
                    + warm.body().length / 1024 + " KB" + pages + ")", 1, status, percentile(latencies, 50) / 1e6,
                    percentile(latencies, 95) / 1e6, runs / seconds);
            System.out.println(row);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Exports the leader's whole record list (every generated record) to XLSX through the background job,
     * as the "Xuất Excel" button does: the time from the request to the finished file, and the heap used
     * while it ran (sampled every 50 ms, after a GC; the application runs in this JVM).
     */
    private String exportReport(String token) throws Exception {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(baseline);
        java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        HttpRequest start = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"records\",\"params\":{}}")).build();
        HttpResponse<String> accepted = http.send(start, HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            sampling.set(false);
            return "\n### Export to XLSX\n\nNot started: " + accepted.statusCode() + " " + accepted.body() + "\n";
        }
        String id = JSON.readTree(accepted.body()).get("id").asString();
        JsonNode status;
        do {
            Thread.sleep(250);
            status = json(token, "/api/v1/exports/" + id);
        } while (!status.get("status").asString().equals("DONE") && !status.get("status").asString().equals("FAILED")
                && System.nanoTime() - started < Duration.ofMinutes(30).toNanos());
        double seconds = (System.nanoTime() - started) / 1e9;
        sampling.set(false);
        sampler.join();
        String line = String.format("%n### Export to XLSX (the leader's whole record list, through the job)%n%n"
                + "| Status | Rows | File MB | Seconds | Rows/s | Heap before MB | Peak heap MB | Max heap MB |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|%n| %s | %d | %.1f | %.1f | %.0f | %d | %d | %d |%n",
                status.get("status").asString(), status.get("done").asLong(),
                status.get("sizeBytes") == null || status.get("sizeBytes").isNull() ? 0.0
                        : status.get("sizeBytes").asLong() / 1e6, seconds,
                status.get("done").asLong() / seconds, baseline >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
        System.out.println(line);
        return line;
    }
}
