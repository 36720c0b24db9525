package vn.theodoi.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The embedded H2 database's guard that keeps the audit log append-only (PostgreSQL has its own). */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only");
    }
}
