package vn.theodoi.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' cache invalidation in one JVM: two instances of the component, each with its own
 * in-memory caches, talking through the test PostgreSQL's LISTEN/NOTIFY.
 */
class ClusterCacheInvalidationIT {

    private static final String URL = env("THEODOI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/theodoi_test");
    private static final String USER = env("THEODOI_TEST_DB_USER", "theodoi_test");
    private static final String PASSWORD = env("THEODOI_TEST_DB_PASSWORD", "theodoi_test");

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(URL, USER, PASSWORD);
    private ClusterCacheInvalidation first;
    private ClusterCacheInvalidation second;
    private CacheManager one;
    private CacheManager two;
    private CacheManager oneLocal;
    private CacheManager twoLocal;

    @BeforeEach
    void twoNodes() {
        first = new ClusterCacheInvalidation(dataSource, () -> DriverManager.getConnection(URL, USER, PASSWORD));
        second = new ClusterCacheInvalidation(dataSource, () -> DriverManager.getConnection(URL, USER, PASSWORD));
        oneLocal = new ConcurrentMapCacheManager("organizations", "agencies");
        twoLocal = new ConcurrentMapCacheManager("organizations", "agencies");
        one = first.decorate(oneLocal);
        two = second.decorate(twoLocal);
        first.start();
        second.start();
        awaitThat(() -> first.listenerPid() != 0 && second.listenerPid() != 0);
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    @Test
    void anEvictionOnOneNodeReachesTheOtherAndNothingElseIsDropped() {
        fill(one);
        fill(two);

        one.getCache("organizations").evict("VN-48");

        awaitThat(() -> twoLocal.getCache("organizations").get("VN-48") == null);
        assertThat(oneLocal.getCache("organizations").get("VN-48")).isNull();
        assertThat(twoLocal.getCache("organizations").get("VN-01")).isNotNull();
        assertThat(twoLocal.getCache("agencies").get(7L)).isNotNull();
        // a node ignores its own notifications: it has applied them already
        assertThat(first.applied()).isZero();
        assertThat(second.applied()).isEqualTo(1);
    }

    @Test
    void aLongKeyAndAClearTravelToo() {
        fill(one);
        fill(two);

        two.getCache("agencies").evict(7L);
        awaitThat(() -> oneLocal.getCache("agencies").get(7L) == null);
        assertThat(oneLocal.getCache("agencies").get(8L)).isNotNull();

        one.getCache("organizations").clear();
        awaitThat(() -> twoLocal.getCache("organizations").get("VN-01") == null);
        assertThat(twoLocal.getCache("organizations").get("VN-48")).isNull();
        assertThat(twoLocal.getCache("agencies").get(8L)).isNotNull();
    }

    @Test
    void aPutThatReplacesEvictsTheOtherNodesCopyButAFirstFillDoesNot() {
        one.getCache("organizations").put("VN-48", "Đà Nẵng");
        two.getCache("organizations").put("VN-48", "Đà Nẵng");
        // both fills were first fills: nothing was sent; a marker eviction shows what arrived
        one.getCache("agencies").evict(99L);
        awaitThat(() -> second.applied() == 1);
        assertThat(twoLocal.getCache("organizations").get("VN-48").get()).isEqualTo("Đà Nẵng");

        one.getCache("organizations").put("VN-48", "Thành phố Đà Nẵng");

        awaitThat(() -> twoLocal.getCache("organizations").get("VN-48") == null);
        assertThat(oneLocal.getCache("organizations").get("VN-48").get()).isEqualTo("Thành phố Đà Nẵng");
    }

    @Test
    void anEvictionInATransactionThatRollsBackIsNotSentAndOneThatCommitsIs() {
        fill(one);
        fill(two);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transaction.executeWithoutResult(status -> {
            one.getCache("organizations").evict("VN-48");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> one.getCache("organizations").evict("VN-01"));

        awaitThat(() -> twoLocal.getCache("organizations").get("VN-01") == null);
        assertThat(second.applied()).isEqualTo(1);
        assertThat(twoLocal.getCache("organizations").get("VN-48")).isNotNull();
    }

    @Test
    void afterALostConnectionTheListenerReconnectsAndClearsWhatItMayHaveMissed() throws SQLException {
        fill(one);
        fill(two);
        int killed = second.listenerPid();

        try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD)) {
            admin.createStatement().execute("select pg_terminate_backend(" + killed + ")");
        }

        awaitThat(() -> second.connects() == 2 && second.listenerPid() != 0);
        assertThat(second.listenerPid()).isNotEqualTo(killed);
        assertThat(twoLocal.getCache("organizations").get("VN-01")).isNull();
        assertThat(twoLocal.getCache("agencies").get(8L)).isNull();

        fill(two);
        one.getCache("agencies").evict(8L);
        awaitThat(() -> twoLocal.getCache("agencies").get(8L) == null);
        assertThat(twoLocal.getCache("agencies").get(7L)).isNotNull();
    }

    private static void fill(CacheManager node) {
        Cache organizations = node.getCache("organizations");
        organizations.putIfAbsent("VN-01", "Hà Nội");
        organizations.putIfAbsent("VN-48", "Đà Nẵng");
        Cache agencies = node.getCache("agencies");
        agencies.putIfAbsent(7L, "Viện kiểm sát nhân dân tối cao");
        agencies.putIfAbsent(8L, "Tòa án nhân dân tối cao");
    }

    /** Waits (up to 10 s) for what another thread does; a condition, not a timing. */
    private static void awaitThat(BooleanSupplier condition) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the other node never saw it").isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
