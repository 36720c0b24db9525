package vn.theodoi.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * Where read-only work may read: the read replica or the primary. Nothing here matters unless a
 * replica is configured ({@code theodoi.datasource.replica.url}); then a read-only transaction reads
 * from the replica only while the current thread allows it ({@link #withReplica}: a safe web request
 * of a person outside their read-your-writes window, or an export's producer) and nothing pinned it to
 * the primary ({@link #onPrimary}). Every other connection, and every connection of a read-write
 * transaction, is the primary's.
 *
 * <p>The read-your-writes window: after a person's write (a POST, PUT, PATCH or DELETE, or a named
 * read-write transaction committed in their request) their reads go to the primary for
 * {@code theodoi.datasource.replica.read-your-writes} (10 s), remembered in their session (shared by
 * every node) and in this node's memory by username (API clients with a bearer token have no session).
 */
@Component
public class ReadRouting {

    static final String SESSION_KEY = ReadRouting.class.getName() + ".primaryUntil";

    private static final ThreadLocal<Boolean> REPLICA_ALLOWED = new ThreadLocal<>();
    private static final ThreadLocal<int[]> PRIMARY_PINS = ThreadLocal.withInitial(() -> new int[1]);

    private final boolean enabled;
    private final Duration window;
    private final Clock clock;
    private final Supplier<ReplicaRouting> replica;
    private final Map<String, Long> recentWriters = new ConcurrentHashMap<>();

    @Autowired
    ReadRouting(@Value("${theodoi.datasource.replica.url:}") String replicaUrl,
            @Value("${theodoi.datasource.replica.read-your-writes:10s}") Duration window,
            ObjectProvider<ReplicaRouting> replica) {
        this(replicaUrl != null && !replicaUrl.isBlank(), window, Clock.systemUTC(), replica::getIfAvailable);
    }

    ReadRouting(boolean enabled, Duration window, Clock clock, Supplier<ReplicaRouting> replica) {
        this.enabled = enabled;
        this.window = window;
        this.clock = clock;
        this.replica = replica;
    }

    /**
     * A scope in which read-only transactions read from the replica if it has replayed every write the
     * primary had committed when this was called (waiting up to a second), on the primary otherwise:
     * for background work that must see what its requester saw (an export).
     */
    public Scope replicaIfCaughtUp() {
        ReplicaRouting r = enabled ? replica.get() : null;
        return r != null && r.caughtUp(Duration.ofSeconds(1)) ? replicaScope() : () -> {
        };
    }

    /** Whether a replica is configured at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Runs the work with every connection on the primary, a replica or not (reads that must be current). */
    public static <T> T onPrimary(Supplier<T> work) {
        int[] pins = PRIMARY_PINS.get();
        pins[0]++;
        try {
            return work.get();
        } finally {
            pins[0]--;
        }
    }

    /** As {@link #onPrimary(Supplier)}, for work without a result. */
    public static void onPrimary(Runnable work) {
        onPrimary(() -> {
            work.run();
            return null;
        });
    }

    /** Lets the read-only transactions of the work read from the replica (unless pinned to the primary inside). */
    public static <T> T withReplica(Supplier<T> work) {
        try (Scope scope = replicaScope()) {
            return work.get();
        }
    }

    /** As {@link #withReplica(Supplier)}, for work that throws: {@code try (var s = ReadRouting.replicaScope()) ...}. */
    public static Scope replicaScope() {
        Boolean before = REPLICA_ALLOWED.get();
        REPLICA_ALLOWED.set(Boolean.TRUE);
        return () -> restore(before);
    }

    /** Ends a {@link #replicaScope()}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** As {@link #withReplica(Supplier)}, for work without a result. */
    public static void withReplica(Runnable work) {
        withReplica(() -> {
            work.run();
            return null;
        });
    }

    /** Whether a read-only transaction of this thread may read from the replica now. */
    public static boolean replicaAllowed() {
        return Boolean.TRUE.equals(REPLICA_ALLOWED.get()) && PRIMARY_PINS.get()[0] == 0;
    }

    /** The rest of this thread's work reads from the primary (it wrote something its next reads must see). */
    static void stopReplica() {
        if (REPLICA_ALLOWED.get() != null) {
            REPLICA_ALLOWED.set(Boolean.FALSE);
        }
    }

    static void allowReplica() {
        REPLICA_ALLOWED.set(Boolean.TRUE);
    }

    static Boolean replicaFlag() {
        return REPLICA_ALLOWED.get();
    }

    static void restore(Boolean before) {
        if (before == null) {
            REPLICA_ALLOWED.remove();
        } else {
            REPLICA_ALLOWED.set(before);
        }
    }

    /** Starts (or extends) the person's read-your-writes window. */
    public void wrote(String username, HttpSession session) {
        if (!enabled) {
            return;
        }
        long until = clock.millis() + window.toMillis();
        if (username != null) {
            if (recentWriters.size() > 10_000) {
                long now = clock.millis();
                recentWriters.values().removeIf(u -> u < now);
            }
            recentWriters.put(username, until);
        }
        if (session != null) {
            try {
                session.setAttribute(SESSION_KEY, until);
            } catch (IllegalStateException invalidated) {
                // a logout: nothing to remember
            }
        }
    }

    /** Whether the person wrote within the window (this node's memory, or their session). */
    public boolean wroteRecently(String username, HttpSession session) {
        if (!enabled) {
            return false;
        }
        long now = clock.millis();
        Long until = username == null ? null : recentWriters.get(username);
        if (until != null && until > now) {
            return true;
        }
        if (session != null) {
            try {
                return session.getAttribute(SESSION_KEY) instanceof Long u && u > now;
            } catch (IllegalStateException invalidated) {
                return false;
            }
        }
        return false;
    }

    public Duration window() {
        return window;
    }
}
