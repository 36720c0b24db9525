package vn.theodoi.shared.cache;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reference data (the organization tree, provinces, the rule table) is read on nearly every page and changes a
 * few times a year: it is held in memory, in caches of this manager, and evicted on change. The caches are
 * small and bounded by what they hold, so a plain map suffices.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

    @Bean
    CacheManager cacheManager() {
        ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager();
        manager.setAllowNullValues(false);
        return manager;
    }
}
