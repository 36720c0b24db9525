package vn.theodoi.shared.cache;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.cache.Cache;

/**
 * One cache of this node: reads and fills stay local; an eviction, a clear, or a put that
 * replaces a value this node held goes to every other node too ({@link ClusterCacheInvalidation}).
 * A put that fills an empty entry (a {@code @Cacheable} miss) is not sent, so nodes filling the
 * same entry do not evict each other's copies. Changes should therefore evict ({@code @CacheEvict});
 * a {@code @CachePut} reaches the other nodes only where this node held the entry already.
 */
final class BroadcastingCache implements Cache {

    private final Cache delegate;
    private final ClusterCacheInvalidation cluster;

    BroadcastingCache(Cache delegate, ClusterCacheInvalidation cluster) {
        this.delegate = delegate;
        this.cluster = cluster;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Object getNativeCache() {
        return delegate.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return delegate.get(key);
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return delegate.get(key, type);
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        return delegate.get(key, valueLoader);
    }

    @Override
    public CompletableFuture<?> retrieve(Object key) {
        return delegate.retrieve(key);
    }

    @Override
    public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
        return delegate.retrieve(key, valueLoader);
    }

    @Override
    public void put(Object key, Object value) {
        boolean replaces = delegate.get(key) != null;
        delegate.put(key, value);
        if (replaces) {
            cluster.changed(delegate, key, false);
        }
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public void evict(Object key) {
        delegate.evict(key);
        cluster.changed(delegate, key, true);
    }

    @Override
    public boolean evictIfPresent(Object key) {
        boolean present = delegate.evictIfPresent(key);
        cluster.changed(delegate, key, true);
        return present;
    }

    @Override
    public void clear() {
        delegate.clear();
        cluster.changed(delegate, null, true);
    }

    @Override
    public boolean invalidate() {
        boolean any = delegate.invalidate();
        cluster.changed(delegate, null, true);
        return any;
    }
}
