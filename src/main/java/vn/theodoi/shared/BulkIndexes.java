package vn.theodoi.shared;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a bulk load's secondary indexes aside and builds them again at the end, on PostgreSQL: for a
 * generator that writes millions of rows, a sorted index build once is far cheaper than keeping a dozen
 * B-trees (and a trigram GIN index) up to date row by row, most of them keyed by dates or random record
 * ids, so that every insert dirties a random leaf page once the indexes outgrow the shared buffers and
 * each page written after a checkpoint goes to the WAL whole. Only plain indexes are laid aside: primary
 * keys, unique indexes and constraints' indexes stay and keep checking. Elsewhere (H2) it does nothing.
 */
public final class BulkIndexes {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexes.class);

    private final Connection connection;
    private final List<String> definitions = new ArrayList<>();

    private BulkIndexes(Connection connection) {
        this.connection = connection;
    }

    /**
     * Drops the plain secondary indexes of {@code tables} (committed with the caller's next commit) and
     * remembers their definitions; {@link #rebuild()} creates them again.
     */
    public static BulkIndexes layAside(Connection connection, List<String> tables) throws SQLException {
        BulkIndexes indexes = new BulkIndexes(connection);
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return indexes;
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select quote_ident(n.nspname) || '.' || "
                + "quote_ident(ic.relname), pg_get_indexdef(i.indexrelid) from pg_index i"
                + " join pg_class t on t.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid"
                + " join pg_namespace n on n.oid = t.relnamespace"
                + " where n.nspname = current_schema() and t.relname = any (?)"
                + " and not i.indisprimary and not i.indisunique"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                + " order by t.relname, ic.relname")) {
            Array array = connection.createArrayOf("varchar", tables.toArray());
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    indexes.definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        log.info("Laid {} indexes aside for the bulk load: {}", names.size(), String.join("; ", indexes.definitions));
        return indexes;
    }

    /** Creates the indexes laid aside again (sorted builds with more working memory), and commits. */
    public void rebuild() throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                // an index a rolled-back drop kept is there still
                statement.execute(definition.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            statement.execute("reset maintenance_work_mem");
        }
        log.info("Built {} indexes again in {} s", definitions.size(), (System.nanoTime() - started) / 1_000_000_000);
    }
}
