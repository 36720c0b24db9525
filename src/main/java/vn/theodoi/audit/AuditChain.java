package vn.theodoi.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.theodoi.shared.Digests;

/**
 * The hash chain of the audit log. Every append locks the chain head (one row, {@code select ...
 * for update}, on PostgreSQL and H2 alike), so appends are serialized across threads and nodes
 * and the chain never forks; the lock is taken in the last statements before the transaction
 * commits (see {@link AuditLog}), so it is held for milliseconds and is always the last lock a
 * transaction takes.
 *
 * <p>An entry's hash is SHA-256 over the previous entry's hash (32 raw bytes; 32 zero bytes for
 * the first entry) followed by the canonical content: the fields position, occurredAt, actor,
 * action, targetType, targetId, outcome, clientAddress and details in that order, each written as
 * its UTF-8 byte length (4 bytes, big-endian) and its UTF-8 bytes, or as length -1 when null.
 * position is a decimal number; occurredAt is ISO-8601 in UTC with exactly six fraction digits
 * ({@code 2026-11-28T01:02:03.123456Z}), the precision both databases store.
 */
@Component
class AuditChain {

    static final String GENESIS_HASH = "0".repeat(64);
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** An entry before it is chained. */
    record Pending(Instant occurredAt, String actor, String action, String targetType, String targetId,
            AuditOutcome outcome, String clientAddress, String details) {

        Pending {
            occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        }
    }

    private record Head(long position, String hash) {
    }

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the entries in order; must run inside a transaction, which holds the head's lock until it ends. */
    void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Head head = jdbc.queryForObject("select last_position, last_hash from audit_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long position = head.position();
        String previous = head.hash();
        List<Chained> rows = new ArrayList<>(entries.size() + 1);
        if (position == 0) {
            Long legacy = jdbc.queryForObject("select count(*) from audit_entry where chain_position is null", Long.class);
            Long lastLegacyId = jdbc.queryForObject("select max(id) from audit_entry where chain_position is null",
                    Long.class);
            Pending genesis = new Pending(entries.get(0).occurredAt(), "system", "AUDIT_CHAIN_STARTED", "AUDIT_LOG",
                    null, AuditOutcome.SUCCESS, null, AuditDetails.of().count("entriesBefore", legacy == null ? 0 : legacy)
                            .id("lastEntryBefore", lastLegacyId).toString());
            position++;
            String hash = hash(previous, position, genesis);
            rows.add(new Chained(genesis, position, previous, hash));
            previous = hash;
        }
        for (Pending entry : entries) {
            position++;
            String hash = hash(previous, position, entry);
            rows.add(new Chained(entry, position, previous, hash));
            previous = hash;
        }
        // one batch, not a round trip per entry (an import's commit appends two per record it creates); the last
        // alone, for its id
        if (rows.size() > 1) {
            jdbc.batchUpdate(INSERT, rows.subList(0, rows.size() - 1), 1000, AuditChain::set);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Chained last = rows.get(rows.size() - 1);
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            set(insert, last);
            return insert;
        }, key);
        Long lastId = key.getKey().longValue();
        jdbc.update("update audit_chain_head set last_position = ?, last_hash = ?, last_entry_id = ? where id = 1",
                position, previous, lastId);
    }

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, action, target_type, target_id, outcome,
                client_address, details, chain_position, previous_hash, entry_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static void set(PreparedStatement insert, Chained row) throws SQLException {
        Pending e = row.entry();
        insert.setObject(1, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
        insert.setString(2, e.actor());
        insert.setString(3, e.action());
        insert.setString(4, e.targetType());
        insert.setString(5, e.targetId());
        insert.setString(6, e.outcome().name());
        insert.setString(7, e.clientAddress());
        insert.setString(8, e.details());
        insert.setLong(9, row.position());
        insert.setString(10, row.previousHash());
        insert.setString(11, row.hash());
    }

    /** An entry with its place in the chain. */
    private record Chained(Pending entry, long position, String previousHash, String hash) {
    }

    /** The entry's hash as the chain defines it (see the class comment). */
    static String hash(String previousHash, long position, Pending e) {
        MessageDigest sha = Digests.sha256();
        sha.update(HexFormat.of().parseHex(previousHash));
        field(sha, Long.toString(position));
        field(sha, INSTANT.format(e.occurredAt()));
        field(sha, e.actor());
        field(sha, e.action());
        field(sha, e.targetType());
        field(sha, e.targetId());
        field(sha, e.outcome() == null ? null : e.outcome().name());
        field(sha, e.clientAddress());
        field(sha, e.details());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    static Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("unexpected timestamp type " + (value == null ? null : value.getClass()));
    }

    /**
     * Walks the whole chain in order, recomputing every hash, and names the first entry that does
     * not hold: a changed entry, a missing one before it, an entry that is not chained, or entries
     * missing at the end (the head names a later entry than the last one found).
     */
    ChainVerification verify() {
        final int batch = 1000;
        long expected = 1;
        String previous = GENESIS_HASH;
        long checked = 0;
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.query("""
                    select id, occurred_at, actor, action, target_type, target_id, outcome, client_address, details,
                           chain_position, previous_hash, entry_hash
                    from audit_entry where chain_position > ? order by chain_position limit ?""",
                    (rs, n) -> new Row(rs.getLong("id"), rs.getLong("chain_position"), rs.getString("previous_hash"),
                            rs.getString("entry_hash"), new Pending(instantOf(rs.getObject("occurred_at")),
                                    rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                                    rs.getString("target_id"), outcomeOf(rs.getString("outcome")),
                                    rs.getString("client_address"), rs.getString("details"))),
                    after, batch);
            for (Row row : rows) {
                ChainVerification.Reason reason = null;
                if (row.position() != expected) {
                    reason = ChainVerification.Reason.ENTRY_MISSING_BEFORE;
                } else if (!previous.equals(row.previousHash())) {
                    reason = ChainVerification.Reason.PREVIOUS_HASH_MISMATCH;
                } else if (!hash(previous, row.position(), row.entry()).equals(row.entryHash())) {
                    reason = ChainVerification.Reason.CONTENT_CHANGED;
                }
                if (reason != null) {
                    return ChainVerification.broken(checked, legacy(), row.id(), row.position(), reason);
                }
                checked++;
                expected++;
                previous = row.entryHash();
                after = row.position();
            }
            if (rows.size() < batch) {
                break;
            }
        }
        Long firstChained = jdbc.queryForObject("select min(id) from audit_entry where chain_position is not null",
                Long.class);
        if (firstChained != null) {
            Long unchained = jdbc.queryForObject(
                    "select min(id) from audit_entry where chain_position is null and id > ?", Long.class, firstChained);
            if (unchained != null) {
                return ChainVerification.broken(checked, legacy(), unchained, null,
                        ChainVerification.Reason.NOT_CHAINED);
            }
        }
        var head = jdbc.queryForMap("select last_position, last_hash, last_entry_id from audit_chain_head where id = 1");
        long headPosition = ((Number) head.get("last_position")).longValue();
        if (headPosition != after || !previous.equals(head.get("last_hash"))) {
            Object lastId = head.get("last_entry_id");
            return ChainVerification.broken(checked, legacy(), lastId == null ? null : ((Number) lastId).longValue(),
                    headPosition, ChainVerification.Reason.ENTRIES_MISSING_AT_END);
        }
        return ChainVerification.intact(checked, legacy(), after, previous);
    }

    private long legacy() {
        Long firstChained = jdbc.queryForObject("select min(id) from audit_entry where chain_position is not null",
                Long.class);
        Long count = firstChained == null
                ? jdbc.queryForObject("select count(*) from audit_entry", Long.class)
                : jdbc.queryForObject("select count(*) from audit_entry where chain_position is null and id < ?",
                        Long.class, firstChained);
        return count == null ? 0 : count;
    }

    private static AuditOutcome outcomeOf(String value) {
        try {
            return AuditOutcome.valueOf(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Row(long id, long position, String previousHash, String entryHash, Pending entry) {
    }
}
