package vn.theodoi.shared;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A PostgreSQL streaming replica for read-only work, on only when {@code theodoi.datasource.replica.url}
 * is set. Then the application's {@code DataSource} is a {@link LazyConnectionDataSourceProxy} over the
 * primary pool: it takes no connection before the first statement, so it knows by then whether the
 * transaction is read-only; a read-only transaction's connection comes from {@link ReplicaRouting}
 * (the replica, unless the thread is not allowed to use it or the replica is down or behind), every
 * other one from the primary. Flyway and db-scheduler use the primary pool itself
 * ({@link PrimaryDatabase}); Spring Session, the event publication registry and the audit log write
 * in read-write transactions, which are always the primary's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${theodoi.datasource.replica.url:}' != ''")
class ReplicaDataSources {

    static final String PRIMARY = "primaryDataSource";

    /** The primary's pool, from {@code spring.datasource.*} as without a replica. */
    @Bean(name = PRIMARY, destroyMethod = "close")
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("primary");
        return pool;
    }

    @Bean(destroyMethod = "close")
    ReplicaRouting replicaRouting(@Qualifier(PRIMARY) DataSource primary, DataSourceProperties properties,
            @Value("${theodoi.datasource.replica.url}") String url,
            @Value("${theodoi.datasource.replica.username:}") String username,
            @Value("${theodoi.datasource.replica.password:}") String password,
            @Value("${theodoi.datasource.replica.pool-size:10}") int poolSize,
            @Value("${theodoi.datasource.replica.max-lag:5s}") Duration maxLag,
            @Value("${theodoi.datasource.replica.check-interval:2s}") Duration checkInterval) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(url);
        replica.setUsername(username.isBlank() ? properties.determineUsername() : username);
        replica.setPassword(username.isBlank() && password.isBlank() ? properties.determinePassword() : password);
        replica.setMaximumPoolSize(poolSize);
        replica.setReadOnly(true);
        // a replica that is down is found out in a second, and the read goes to the primary
        replica.setConnectionTimeout(1000);
        replica.setValidationTimeout(500);
        // never fail the start (or block it) because the replica is down
        replica.setInitializationFailTimeout(-1);
        if (url.startsWith("jdbc:postgresql:")) {
            replica.setConnectionInitSql(DatabaseTuning.POSTGRESQL_SESSION);
        }
        return new ReplicaRouting(primary, replica, maxLag, checkInterval);
    }

    /** The application's DataSource: JPA, JdbcTemplate, JdbcClient, Spring Session and the event registry use it. */
    @Bean
    @Primary
    DataSource dataSource(@Qualifier(PRIMARY) DataSource primary, ReplicaRouting replica) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(replica);
        return routing;
    }

    /**
     * Safe requests of a person outside their read-your-writes window may read from the replica;
     * unsafe ones (and their person's next reads) go to the primary. Runs after Spring Security, so
     * the person is known, and authentication itself (tokens, sessions, lockouts) reads the primary.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> replicaRequests(ReadRouting routing) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Requests(routing));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** A named read-write transaction committed in a request starts its person's window (audit lines do not). */
    @Bean
    TransactionExecutionListener readYourWrites(ReadRouting routing) {
        return new TransactionExecutionListener() {
            @Override
            public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
                String name = transaction.getTransactionName();
                if (commitFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()
                        || name == null || name.isEmpty() || name.startsWith("vn.theodoi.audit.")) {
                    return;
                }
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                    routing.wrote(person(), attributes.getRequest().getSession(false));
                    ReadRouting.stopReplica();
                }
            }
        };
    }

    static String person() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
    }

    static final class Requests extends OncePerRequestFilter {

        private final ReadRouting routing;

        Requests(ReadRouting routing) {
            this.routing = routing;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String method = request.getMethod();
            boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
            if (!safe) {
                // before the work: the answer (a redirect, say) may reach the person before this request ends
                routing.wrote(person(), request.getSession(false));
                try {
                    chain.doFilter(request, response);
                } finally {
                    routing.wrote(person(), request.getSession(false));
                }
                return;
            }
            if (routing.wroteRecently(person(), request.getSession(false))) {
                chain.doFilter(request, response);
                return;
            }
            Boolean before = ReadRouting.replicaFlag();
            ReadRouting.allowReplica();
            try {
                chain.doFilter(request, response);
            } finally {
                ReadRouting.restore(before);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }
}
