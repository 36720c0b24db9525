package vn.theodoi.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The connections of read-only transactions: the replica's when the thread may use it
 * ({@link ReadRouting#replicaAllowed()}) and the replica is up and at most {@code max-lag} behind the
 * primary, the primary's otherwise. The replica's state is checked in the background every
 * {@code check-interval} (one query: {@code pg_is_in_recovery()}, {@code pg_last_xact_replay_timestamp()});
 * a connection the replica refuses marks it down at once, and that read goes to the primary.
 */
public final class ReplicaRouting extends AbstractDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

    /** Seconds the replica's replay is behind; 0 when it has replayed all it received. */
    static final String LAG = "select pg_is_in_recovery(), case when not pg_is_in_recovery() then 0"
            + " when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0"
            + " else extract(epoch from now() - pg_last_xact_replay_timestamp()) end";

    /** What the last check found, and how many read-only connections went where. */
    public record Status(boolean usable, boolean inRecovery, Double lagSeconds, Instant checkedAt, String problem,
            long replicaConnections, long primaryConnections) {
    }

    private final DataSource primary;
    private final HikariDataSource replica;
    private final Duration maxLag;
    private final ScheduledExecutorService checker;
    private final AtomicLong replicaConnections = new AtomicLong();
    private final AtomicLong primaryConnections = new AtomicLong();
    private volatile Status status = new Status(false, false, null, null, "not checked yet", 0, 0);

    ReplicaRouting(DataSource primary, HikariDataSource replica, Duration maxLag, Duration checkInterval) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replica-check");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::check, 0, Math.max(100, checkInterval.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReadRouting.replicaAllowed() && status.usable()) {
            try {
                Connection c = replica.getConnection();
                replicaConnections.incrementAndGet();
                return c;
            } catch (SQLException down) {
                markDown(down.getMessage());
            }
        }
        primaryConnections.incrementAndGet();
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The replica routing takes connections with the configured accounts only");
    }

    /** What the last check found (for the replica test and the logs). */
    public Status status() {
        Status s = status;
        return new Status(s.usable(), s.inRecovery(), s.lagSeconds(), s.checkedAt(), s.problem(),
                replicaConnections.get(), primaryConnections.get());
    }

    /** Checks the replica now (the background check does it every few seconds anyway). */
    public Status checkNow() {
        check();
        return status();
    }

    private synchronized void check() {
        boolean wasUsable = status.usable();
        try (Connection c = replica.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(LAG)) {
            rs.next();
            boolean recovering = rs.getBoolean(1);
            double lag = rs.getDouble(2);
            Double lagSeconds = rs.wasNull() ? null : lag;
            boolean usable = lagSeconds != null && lagSeconds <= maxLag.toMillis() / 1000.0;
            status = new Status(usable, recovering, lagSeconds, Instant.now(), usable ? null
                    : lagSeconds == null ? "no replay yet" : "behind by " + lagSeconds + " s", 0, 0);
        } catch (SQLException | RuntimeException e) {
            status = new Status(false, false, null, Instant.now(), e.getMessage(), 0, 0);
        }
        if (wasUsable != status.usable()) {
            if (status.usable()) {
                log.info("Read replica in use (lag {} s)", status.lagSeconds());
            } else {
                log.warn("Read replica not used, reads go to the primary: {}", status.problem());
            }
        }
    }

    private synchronized void markDown(String problem) {
        if (status.usable()) {
            log.warn("Read replica not used, reads go to the primary: {}", problem);
        }
        status = new Status(false, false, null, Instant.now(), problem, 0, 0);
    }

    /**
     * Whether the replica has replayed every write the primary had committed when asked, waiting for it
     * at most {@code wait}: work started after a person's request (an export) then reads from the
     * replica everything that request saw, whichever node runs it.
     */
    public boolean caughtUp(Duration wait) {
        if (!status.usable()) {
            return false;
        }
        String lsn;
        try (Connection c = primary.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            lsn = rs.getString(1);
        } catch (SQLException e) {
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try (Connection c = replica.getConnection();
                java.sql.PreparedStatement s = c.prepareStatement(
                        "select pg_last_wal_replay_lsn() >= ?::pg_lsn or not pg_is_in_recovery()")) {
            s.setString(1, lsn);
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            markDown(e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
        replica.close();
    }
}
