package vn.theodoi.shared.cache;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/** The application's cache manager, whose caches tell the other nodes what they evict. */
final class BroadcastingCacheManager implements CacheManager {

    private final CacheManager delegate;
    private final ClusterCacheInvalidation cluster;
    private final Map<String, BroadcastingCache> caches = new ConcurrentHashMap<>();

    BroadcastingCacheManager(CacheManager delegate, ClusterCacheInvalidation cluster) {
        this.delegate = delegate;
        this.cluster = cluster;
    }

    @Override
    public Cache getCache(String name) {
        BroadcastingCache known = caches.get(name);
        if (known != null) {
            return known;
        }
        Cache cache = delegate.getCache(name);
        return cache == null ? null : caches.computeIfAbsent(name, n -> new BroadcastingCache(cache, cluster));
    }

    @Override
    public Collection<String> getCacheNames() {
        return delegate.getCacheNames();
    }

    @Override
    public void resetCaches() {
        for (String name : delegate.getCacheNames()) {
            Cache cache = getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

    CacheManager delegate() {
        return delegate;
    }
}
