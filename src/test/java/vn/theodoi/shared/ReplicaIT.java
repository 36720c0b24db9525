package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * The read replica against a real PostgreSQL primary and streaming replica, created by
 * {@code bench/replica/replica-test.sh}, which sets {@code THEODOI_REPLICA_URL} (the application's
 * replica), {@code THEODOI_REPLICA_ADMIN_URL} (a superuser on the replica, to pause its replay) and
 * {@code THEODOI_REPLICA_STOP} (the command that stops it). Skipped everywhere else, so never part
 * of the suite: it waits out the read-your-writes window and a replica's lag, and stops a server.
 * Every step prints a {@code REPLICA-TEST PASS} line the script collects.
 */
@IntegrationTest
@EnabledIfEnvironmentVariable(named = "THEODOI_REPLICA_URL", matches = ".+")
@TestPropertySource(properties = {"theodoi.datasource.replica.check-interval=300ms",
        "theodoi.datasource.replica.read-your-writes=30s", "theodoi.datasource.replica.max-lag=60s"})
class ReplicaIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    PrimaryDatabase primary;

    @Autowired
    ReplicaRouting replica;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void readsGoToTheReplicaWritesAndTheWritersNextReadsToThePrimaryAndAReplicaDownOrBehindIsLeftOut()
            throws Exception {
        waitFor("the replica is in use", () -> replica.checkNow().usable(), 60);

        // 1. where connections go, asked of the servers themselves
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        String onReplica = ReadRouting.withReplica(() -> readOnly.execute(s -> server(jdbc)));
        String writing = ReadRouting.withReplica(() -> readWrite.execute(s -> server(jdbc)));
        String background = readOnly.execute(s -> server(jdbc));
        String pinned = ReadRouting.withReplica(() -> ReadRouting.onPrimary(() -> readOnly.execute(s -> server(jdbc))));
        String scheduler = server(new JdbcTemplate(primary.dataSource()));
        assertThat(onReplica).isEqualTo("recovery=true port=" + replicaPort());
        assertThat(writing).isEqualTo("recovery=false port=" + primaryPort());
        assertThat(background).isEqualTo("recovery=false port=" + primaryPort());
        assertThat(pinned).isEqualTo("recovery=false port=" + primaryPort());
        assertThat(scheduler).isEqualTo("recovery=false port=" + primaryPort());
        pass("a read-only transaction of a request reads on the replica (" + onReplica + "); a read-write one ("
                + writing + "), one outside a request (" + background + "), one pinned to the primary and db-scheduler's"
                + " pool are on the primary");

        // 2. two people; the logins (POSTs) start their read-your-writes windows, which end after 30 s here
        Api writer = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        Api reader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Thread.sleep(31_000);
        long before = replica.status().replicaConnections();
        Api.Response list = reader.get("/api/v1/records?size=20");
        assertThat(list.status()).isEqualTo(200);
        assertThat(replica.status().replicaConnections()).as("the list's connection came from the replica")
                .isGreaterThan(before);
        pass("a person's list and count (GET /api/v1/records, " + total(list)
                + " records) were read on the replica");

        // 3. with the replica's replay paused, a change reaches only the primary (the replica's lag counts
        // from the last transaction it replayed: one committed just before the pause, so 60 s are left)
        pauseReplayAfterAFreshCommit();
        String marker = "Nhân bản " + Unique.suffix();
        long id = RecordFixtures.create(writer, RecordFixtures.record(marker, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        pass("a write (POST /api/v1/records) went to the primary: record " + id);

        String byMarker = "/api/v1/records?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
        before = replica.status().replicaConnections();
        Api.Response own = writer.get(byMarker);
        assertThat(total(own)).as("the writer sees their own record").isEqualTo(1);
        assertThat(writer.get("/api/v1/records/" + id).status()).isEqualTo(200);
        assertThat(replica.status().replicaConnections()).as("the writer's reads stayed on the primary")
                .isEqualTo(before);
        pass("the writer's next reads (list and record) went to the primary and found the new record"
                + " (replica replay paused)");

        Api.Response others = reader.get(byMarker);
        assertThat(total(others)).as("another person reads the replica, paused")
                .isEqualTo(0);
        assertThat(replica.status().replicaConnections()).isGreaterThan(before);
        pass("another person's list went to the replica (which, paused, does not have the record yet)");

        replicaAdmin("select pg_wal_replay_resume()");
        assertThat(replica.caughtUp(java.time.Duration.ofSeconds(30))).isTrue();
        assertThat(total(reader.get(byMarker))).isEqualTo(1);
        pass("replay resumed: the other person's list on the replica finds the record");

        // 4. a replica behind by more than max-lag (60 s here) is left out
        pauseReplayAfterAFreshCommit();
        String late = "Trễ " + Unique.suffix();
        RecordFixtures.create(writer, RecordFixtures.record(late, "BNCTW", "BNCTW-VAVV", List.of("VN-01"),
                List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
        waitFor("the replica's lag exceeds 60 s", () -> !replica.checkNow().usable(), 180);
        ReplicaRouting.Status behind = replica.status();
        before = behind.replicaConnections();
        Api.Response fallback = reader.get("/api/v1/records?q=" + URLEncoder.encode(late, StandardCharsets.UTF_8));
        assertThat(total(fallback)).isEqualTo(1);
        assertThat(replica.status().replicaConnections()).isEqualTo(before);
        pass("replica behind (" + behind.problem() + "): the other person's list went to the primary and found"
                + " the newest record");
        replicaAdmin("select pg_wal_replay_resume()");
        waitFor("the replica is in use again", () -> replica.checkNow().usable(), 60);

        // 5. optional figures: the same list, 4 clients, on the replica and pinned to the primary
        String throughput = throughput(reader);

        // 6. the replica stopped: reads still work, on the primary
        Process stop = new ProcessBuilder("sh", "-c", System.getenv("THEODOI_REPLICA_STOP")).inheritIO().start();
        assertThat(stop.waitFor(60, TimeUnit.SECONDS) && stop.exitValue() == 0).as("stopping the replica").isTrue();
        before = replica.status().replicaConnections();
        for (int i = 0; i < 3; i++) {
            Api.Response down = reader.get(byMarker);
            assertThat(down.status()).isEqualTo(200);
            assertThat(total(down)).isEqualTo(1);
        }
        assertThat(reader.get("/").status()).isLessThan(400);
        assertThat(replica.status().usable()).isFalse();
        assertThat(replica.status().replicaConnections()).isEqualTo(before);
        pass("replica stopped: the lists still answer, from the primary (" + replica.status().problem() + ")");
        System.out.println("REPLICA-TEST FIGURES " + throughput);
    }

    /** Requests per second of one list, 4 clients, 200 requests: on the replica, then the reader's window on the primary. */
    private String throughput(Api reader) throws Exception {
        String path = "/api/v1/records?size=50";
        Runnable list = () -> assertThat(reader.get(path).status()).isEqualTo(200);
        for (int i = 0; i < 40; i++) {
            list.run();
        }
        double onReplica = rate(list);
        // a POST (refused or not) starts the reader's read-your-writes window: their reads go to the primary
        Api.Response post = reader.post("/api/v1/records", Map.of());
        long beforePrimary = replica.status().replicaConnections();
        double onPrimary = rate(list);
        boolean stayedOnPrimary = replica.status().replicaConnections() == beforePrimary;
        return String.format(java.util.Locale.ROOT,
                "list GET %s, 4 clients x 50: primary+replica %.1f req/s, primary only %.1f req/s%s", path,
                onReplica, onPrimary, stayedOnPrimary ? "" : " (primary run partly on the replica: window ended,"
                        + " post answered " + post.status() + ")");
    }

    private static double rate(Runnable request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        List<Future<?>> all = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            all.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    request.run();
                }
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        return 200 / ((System.nanoTime() - start) / 1e9);
    }

    private static long total(Api.Response list) {
        assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
        return list.body().get("page").get("totalElements").asLong();
    }

    private static String server(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select 'recovery=' || pg_is_in_recovery() || ' port=' || inet_server_port()",
                String.class);
    }

    private static int port(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(url);
        return m.find() ? Integer.parseInt(m.group(1)) : 5432;
    }

    private static int replicaPort() {
        return port(System.getenv("THEODOI_REPLICA_URL"));
    }

    private static int primaryPort() {
        return port(System.getenv("THEODOI_TEST_DB_URL"));
    }

    private void pauseReplayAfterAFreshCommit() throws SQLException {
        new JdbcTemplate(primary.dataSource()).queryForObject("select pg_current_xact_id()::text", String.class);
        assertThat(replica.caughtUp(java.time.Duration.ofSeconds(60))).as("the replica caught up").isTrue();
        replicaAdmin("select pg_wal_replay_pause()");
    }

    private static void replicaAdmin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("THEODOI_REPLICA_ADMIN_URL"))) {
            c.createStatement().execute(sql);
        }
    }

    private void waitFor(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for: " + what + "; replica " + replica.status());
            }
            Thread.sleep(200);
        }
    }

    private static void pass(String line) {
        System.out.println("REPLICA-TEST PASS " + line);
    }
}
