package vn.theodoi.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.cache.Cache;

/**
 * Something read whole from the database and held in memory (the organization tree, people's names, the law the
 * deadline engine applies): read again when it is missing or older than its maximum age. It is held under one key
 * of a {@link Cache}. In a cache of the application's cache manager, an {@link #evict()} reaches every node
 * ({@link ClusterCacheInvalidation}); the maximum age covers an eviction a node missed. In a cache of its own it
 * stays on this node.
 *
 * <p>Thread-safe: the value and the time it was read are held together and replaced together. Two readers who
 * find it missing at once may both read it; the one that finishes last stays.
 */
public final class Snapshot<T> {

    private final Cache cache;
    private final Object key;
    private final Duration maxAge;
    private final Supplier<T> loader;
    private final Clock clock;

    /**
     * @param cache where it is held; a cache of the application's cache manager for eviction on every node
     * @param key its key in that cache (what an eviction sends to the other nodes)
     * @param maxAge how long it is used without being read again
     * @param loader reads it from the database
     */
    public Snapshot(Cache cache, Object key, Duration maxAge, Supplier<T> loader) {
        this(cache, key, maxAge, loader, Clock.systemUTC());
    }

    Snapshot(Cache cache, Object key, Duration maxAge, Supplier<T> loader, Clock clock) {
        this.cache = Objects.requireNonNull(cache);
        this.key = Objects.requireNonNull(key);
        this.maxAge = Objects.requireNonNull(maxAge);
        this.loader = Objects.requireNonNull(loader);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The value held, or read now when there is none or it is older than the maximum age. */
    public T get() {
        Taken<T> current = current();
        if (current == null || current.takenAt().plus(maxAge).isBefore(clock.instant())) {
            current = load();
        }
        return current.value();
    }

    /**
     * The value read again, unless it was read less than {@code interval} ago: for a reader who found something
     * missing (another node has just added it), without letting repeated misses read it on every call.
     */
    public T reloadedUnlessYoungerThan(Duration interval) {
        Taken<T> current = current();
        return current != null && current.takenAt().plus(interval).isAfter(clock.instant()) ? current.value()
                : load().value();
    }

    /**
     * Drops the value; the next reader reads it again. In a cache of the application's cache manager the other
     * nodes drop theirs too, once the surrounding transaction commits (at once without one).
     */
    public void evict() {
        cache.evict(key);
    }

    @SuppressWarnings("unchecked")
    private Taken<T> current() {
        return cache.get(key, Taken.class);
    }

    private Taken<T> load() {
        Taken<T> loaded = new Taken<>(loader.get(), clock.instant());
        cache.put(key, loaded);
        return loaded;
    }

    private record Taken<T>(T value, Instant takenAt) {
    }
}
