package vn.theodoi.shared;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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

    PrimaryDatabase(@Qualifier(ReplicaDataSources.PRIMARY) ObjectProvider<DataSource> primary, DataSource dataSource) {
        this.dataSource = primary.getIfAvailable(() -> dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
