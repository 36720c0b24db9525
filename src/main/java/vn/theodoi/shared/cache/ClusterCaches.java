package vn.theodoi.shared.cache;

import java.sql.DriverManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.theodoi.shared.PrimaryDatabase;

/**
 * Spring's cache abstraction, clustered: whatever {@link CacheManager} the application has (Spring
 * Boot's simple in-memory one unless another is configured) is wrapped so that evictions reach
 * every node through PostgreSQL {@code LISTEN}/{@code NOTIFY} ({@link ClusterCacheInvalidation}).
 * On the embedded H2 database the caches stay local. Caching itself is enabled by {@link CacheConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterCaches {

    @Bean
    ClusterCacheInvalidation clusterCacheInvalidation(ObjectProvider<PrimaryDatabase> primary, Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return new ClusterCacheInvalidation(null, null);
        }
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        // NOTIFY is a write: it goes to the primary even when a read replica serves read-only work
        return new ClusterCacheInvalidation(primary.getObject().dataSource(),
                () -> DriverManager.getConnection(url, user, password));
    }

    @Bean
    static BeanPostProcessor clusterCacheManagers(ObjectProvider<ClusterCacheInvalidation> cluster) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof CacheManager manager ? cluster.getObject().decorate(manager) : bean;
            }
        };
    }
}
