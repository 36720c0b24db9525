package vn.theodoi.shared.cache;

import java.sql.DriverManager;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring's cache abstraction, clustered: whatever {@link CacheManager} the application has (Spring
 * Boot's simple in-memory one unless another is configured) is wrapped so that evictions reach
 * every node through PostgreSQL {@code LISTEN}/{@code NOTIFY} ({@link ClusterCacheInvalidation}).
 * On the embedded H2 database the caches stay local.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ClusterCaches {

    @Bean
    ClusterCacheInvalidation clusterCacheInvalidation(ObjectProvider<DataSource> dataSource, Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return new ClusterCacheInvalidation(null, null);
        }
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        return new ClusterCacheInvalidation(dataSource.getObject(), () -> DriverManager.getConnection(url, user, password));
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
