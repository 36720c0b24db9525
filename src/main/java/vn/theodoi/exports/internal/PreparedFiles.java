package vn.theodoi.exports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.exports.PreparedFileStatus;
import vn.theodoi.exports.PreparedFileView;
import vn.theodoi.shared.DatabaseChunks;
import vn.theodoi.shared.NotFoundException;

/**
 * The {@code prepared_file} rows and their bytes ({@code prepared_file_chunk}, a megabyte a row, through
 * {@link DatabaseChunks} as the attachments' database store). Every change is its own short transaction
 * (REQUIRES_NEW), so that progress written from inside a producer's long read is seen at once by
 * every node, and survives whatever the job does next.
 */
@Component
public class PreparedFiles {

    static final String AUDIT_TARGET = "PREPARED_FILE";

    /** A job as the runner reads it. */
    record Job(PreparedFileView view, String owner, Locale locale) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final DatabaseChunks chunks;

    PreparedFiles(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.chunks = new DatabaseChunks(jdbc, "prepared_file_chunk", "file_id");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void insert(UUID id, String owner, String kind, String params, Locale locale, Instant now, Instant expires) {
        jdbc.update("insert into prepared_file (id, owner, kind, params, locale, status, done_count, created_at,"
                + " expires_at) values (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)", id, owner, kind, params,
                locale.toLanguageTag(), at(now), at(expires));
    }

    @Transactional(readOnly = true)
    public Optional<Job> find(UUID id) {
        return jdbc.query("select * from prepared_file where id = ?", (rs, n) -> new Job(view(rs),
                rs.getString("owner"), Locale.forLanguageTag(rs.getString("locale"))), id).stream().findFirst();
    }

    /** The person's own job; anyone else's (or none) is "not found", and asking for another's is audited. */
    @Transactional(readOnly = true)
    public PreparedFileView owned(TheodoiUser user, UUID id) {
        Optional<Job> job = find(id);
        if (job.isEmpty() || !job.get().owner().equals(user.getUsername())) {
            if (job.isPresent()) {
                audit.recordEvent("EXPORT_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("owner", job.get().owner()));
            }
            throw new NotFoundException("prepared file", id);
        }
        return job.get().view();
    }

    /** Starts (or, after a crash, starts again) a queued or running job; false when it already ended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean begin(UUID id, Instant now) {
        int n = jdbc.update("update prepared_file set status = 'RUNNING', started_at = ?, done_count = 0,"
                + " total_count = null where id = ? and status in ('QUEUED', 'RUNNING')", at(now), id);
        chunks.remove(id);
        return n > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID id, long done, Long total) {
        jdbc.update("update prepared_file set done_count = ?, total_count = coalesce(?, total_count) where id = ?"
                + " and status = 'RUNNING'", done, total, id);
    }

    /**
     * Keeps the file's bytes and marks the job done, in one transaction with {@code alongside} (its audit line,
     * its inbox item): a done job always has its file, its audit line and its notification.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(UUID id, Path file, String fileName, String contentType, String sha256, long rows, Instant now,
            Runnable alongside) throws IOException {
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = chunks.write(id, in);
        }
        jdbc.update("update prepared_file set status = 'DONE', done_count = ?, total_count = ?, file_name = ?,"
                + " content_type = ?, size_bytes = ?, sha256 = ?, finished_at = ? where id = ?", rows, rows, fileName,
                contentType, size, sha256, at(now), id);
        alongside.run();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(UUID id, String messageKey, Instant now) {
        chunks.remove(id);
        jdbc.update("update prepared_file set status = 'FAILED', failure = ?, finished_at = ? where id = ?", messageKey,
                at(now), id);
    }

    /** The bytes, a chunk per query as they are read. */
    public InputStream open(UUID id) {
        return chunks.open(id);
    }

    /** Removes the files past their expiry, bytes and rows; how many. */
    @Transactional
    public int removeExpired(Instant now) {
        jdbc.update("delete from prepared_file_chunk where file_id in (select id from prepared_file where expires_at < ?)",
                at(now));
        return jdbc.update("delete from prepared_file where expires_at < ?", at(now));
    }

    private static PreparedFileView view(ResultSet rs) throws SQLException {
        return new PreparedFileView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("params"),
                PreparedFileStatus.valueOf(rs.getString("status")), rs.getLong("done_count"),
                (Long) rs.getObject("total_count", Long.class), rs.getString("file_name"), rs.getString("content_type"),
                (Long) rs.getObject("size_bytes", Long.class), rs.getString("sha256"), rs.getString("failure"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("expires_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
