package vn.theodoi.shared.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the caches of every node in step. Every eviction or clear on this node (and every put
 * that replaces a value this node held) is sent, once the transaction that made it commits, to
 * every other node with PostgreSQL {@code NOTIFY} on {@link #CHANNEL}; a daemon thread here
 * {@code LISTEN}s on a dedicated connection and applies what the other nodes send to the local
 * caches. After a lost connection (a database restart) it reconnects and clears every local
 * cache, since notifications sent meanwhile are gone. Without PostgreSQL (the embedded H2
 * defaults: one node) nothing is sent and no thread runs.
 *
 * <p>Payload: {@code nodeId US cacheName US key}, where the key is {@code s:<text>} for a string,
 * {@code l:<n>} for a long, {@code i:<n>} for an int, and {@code *} for "the whole cache" (a
 * clear, or any other kind of key: the other nodes then drop the whole cache, never too little).
 */
public class ClusterCacheInvalidation implements SmartLifecycle {

    public static final String CHANNEL = "theodoi_cache";
    static final char SEPARATOR = '\u001f';
    static final String ALL = "*";
    /** PostgreSQL refuses payloads of 8000 bytes or more; a longer one becomes "the whole cache". */
    private static final int MAX_PAYLOAD = 7000;
    /** How long one wait for notifications lasts (a stop is seen within it). */
    private static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ClusterCacheInvalidation.class);

    /** Opens the listener's own connection (never one of the pool's). */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final boolean enabled;
    private final DataSource sender;
    private final ConnectionFactory listenerConnections;
    private final String nodeId = UUID.randomUUID().toString();
    private final List<CacheManager> local = new CopyOnWriteArrayList<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile int listenerPid;

    /**
     * @param sender the pool notifications are sent through (after commit, on a connection of their own)
     * @param listenerConnections opens the dedicated LISTEN connection; null when the database is not PostgreSQL
     */
    public ClusterCacheInvalidation(DataSource sender, ConnectionFactory listenerConnections) {
        this.enabled = sender != null && listenerConnections != null;
        this.sender = sender;
        this.listenerConnections = listenerConnections;
    }

    /** Wraps {@code manager} so that what is evicted from it reaches every node; remote changes apply to it. */
    public CacheManager decorate(CacheManager manager) {
        if (manager instanceof BroadcastingCacheManager) {
            return manager;
        }
        local.add(manager);
        return new BroadcastingCacheManager(manager, this);
    }

    /** Whether evictions leave this node (PostgreSQL) or stay local (H2). */
    public boolean clustered() {
        return enabled;
    }

    /**
     * Called by a broadcasting cache after it changed the local entry: after the surrounding
     * transaction commits (at once without one), evicts locally once more (a reader may have
     * cached the old value before the commit) and tells the other nodes.
     */
    void changed(Cache localCache, Object key, boolean evictLocallyAfterCommit) {
        Runnable afterCommit = () -> {
            if (evictLocallyAfterCommit) {
                if (key == null) {
                    localCache.clear();
                } else {
                    localCache.evict(key);
                }
            }
            send(localCache.getName(), key);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    afterCommit.run();
                }
            });
        } else {
            afterCommit.run();
        }
    }

    private void send(String cacheName, Object key) {
        if (!enabled) {
            return;
        }
        String payload = nodeId + SEPARATOR + cacheName + SEPARATOR + encode(key);
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            payload = nodeId + SEPARATOR + cacheName + SEPARATOR + ALL;
        }
        // a connection of its own in auto-commit: the change has committed, and a read-only or
        // finished transaction must not carry the NOTIFY
        try (Connection connection = sender.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            log.warn("Could not tell the other nodes to evict {} from cache {}: {}", key, cacheName, e.getMessage());
        }
    }

    static String encode(Object key) {
        if (key == null) {
            return ALL;
        }
        if (key instanceof String s) {
            return "s:" + s;
        }
        if (key instanceof Long l) {
            return "l:" + l;
        }
        if (key instanceof Integer i) {
            return "i:" + i;
        }
        return ALL;
    }

    static Object decode(String key) {
        if (key.startsWith("s:")) {
            return key.substring(2);
        }
        if (key.startsWith("l:")) {
            return Long.valueOf(key.substring(2));
        }
        if (key.startsWith("i:")) {
            return Integer.valueOf(key.substring(2));
        }
        return null;
    }

    /** Applies one notification from another node to the local caches. */
    void apply(String payload) {
        int first = payload.indexOf(SEPARATOR);
        int second = first < 0 ? -1 : payload.indexOf(SEPARATOR, first + 1);
        if (second < 0) {
            log.warn("Ignored a malformed cache notification");
            return;
        }
        if (payload.substring(0, first).equals(nodeId)) {
            return;
        }
        String cacheName = payload.substring(first + 1, second);
        Object key = decode(payload.substring(second + 1));
        for (CacheManager manager : local) {
            Cache cache = manager.getCache(cacheName);
            if (cache == null) {
                continue;
            }
            if (key == null) {
                cache.clear();
            } else {
                cache.evict(key);
            }
        }
        applied.incrementAndGet();
    }

    private void clearEverything() {
        for (CacheManager manager : local) {
            for (String name : manager.getCacheNames()) {
                Cache cache = manager.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            }
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = listenerConnections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    var pid = statement.executeQuery("select pg_backend_pid()");
                    pid.next();
                    listenerPid = pid.getInt(1);
                }
                // whatever was sent while this node did not listen is lost: start from empty caches
                if (connects.incrementAndGet() > 1) {
                    log.info("Listening for cache evictions again; the local caches were cleared");
                }
                clearEverything();
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastCheck = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            apply(notification.getParameter());
                        }
                    }
                    // getNotifications cannot tell a silently dropped connection from a quiet one
                    if (System.nanoTime() - lastCheck > 30_000_000_000L) {
                        lastCheck = System.nanoTime();
                        if (!connection.isValid(5)) {
                            throw new SQLException("the listening connection is no longer valid");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("The cache-eviction listener lost its connection ({}); reconnecting", e.getMessage());
                listenerPid = 0;
                clearEverything();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        Thread listener = new Thread(this::listen, "cache-invalidation-listener");
        listener.setDaemon(true);
        listener.start();
        thread = listener;
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread listener = thread;
        thread = null;
        if (listener != null) {
            // the listener sees the flag within one poll and closes its connection itself
            listener.interrupt();
            try {
                listener.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The backend process of the listening connection, 0 while not connected (tests, diagnostics). */
    int listenerPid() {
        return listenerPid;
    }

    /** Notifications from other nodes applied so far. */
    long applied() {
        return applied.get();
    }

    /** How many times the listener has connected (1 after the first start). */
    long connects() {
        return connects.get();
    }

    String nodeId() {
        return Objects.requireNonNull(nodeId);
    }
}
