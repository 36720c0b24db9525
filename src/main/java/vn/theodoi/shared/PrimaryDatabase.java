package vn.theodoi.shared;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The primary database's own connection pool, for what must never read or write anywhere else:
 * db-scheduler, LISTEN/NOTIFY, locks held across statements. With a read replica configured the
 * application's {@code DataSource} routes read-only transactions to the replica; this one never does.
 * Without a replica it is simply the application's {@code DataSource}.
 */
@Component
public class PrimaryDatabase {

    private final DataSource dataSource;
    private volatile Boolean postgreSql;

    PrimaryDatabase(@Qualifier(ReplicaDataSources.PRIMARY) ObjectProvider<DataSource> primary, DataSource dataSource) {
        this.dataSource = primary.getIfAvailable(() -> dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether it is PostgreSQL (else the embedded H2), for the few statements written for each. */
    public boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                known = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("The database's product name cannot be read", e);
            }
            postgreSql = known;
        }
        return known;
    }
}
