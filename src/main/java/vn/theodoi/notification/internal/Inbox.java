package vn.theodoi.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.notification.NotificationKind;
import vn.theodoi.notification.NotificationView;
import vn.theodoi.shared.NotFoundException;

/** The notification table: written in the caller's transaction, read by its recipient only. */
@Component
public class Inbox {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    Inbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification; none when this recipient already has one with this key (a redelivered event). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean add(String recipient, NotificationKind kind, String subjectType, Long subjectId, String title,
            String body, String link, String dedupKey) {
        Integer exists = jdbc.queryForObject("select count(*) from notification where recipient = :r and dedup_key = :k",
                new MapSqlParameterSource("r", recipient).addValue("k", dedupKey), Integer.class);
        if (exists != null && exists > 0) {
            return false;
        }
        jdbc.update("insert into notification (recipient, kind, subject_type, subject_id, title, body, link, dedup_key,"
                + " created_at) values (:r, :kind, :st, :sid, :title, :body, :link, :k, :at)",
                new MapSqlParameterSource("r", recipient).addValue("kind", kind.name()).addValue("st", subjectType)
                        .addValue("sid", subjectId).addValue("title", truncate(title, 2000))
                        .addValue("body", truncate(body, 8000)).addValue("link", link).addValue("k", dedupKey)
                        .addValue("at", OffsetDateTime.now(clock)));
        return true;
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> of(String recipient, Pageable pageable) {
        MapSqlParameterSource p = new MapSqlParameterSource("r", recipient).addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        List<NotificationView> rows = jdbc.query("select id, kind, subject_type, subject_id, title, body, link,"
                + " created_at, read_at from notification where recipient = :r order by created_at desc, id desc"
                + " limit :limit offset :offset", p, (rs, n) -> new NotificationView(rs.getLong("id"),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject_type"),
                        (Long) rs.getObject("subject_id", Long.class), rs.getString("title"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null));
        Long total = jdbc.queryForObject("select count(*) from notification where recipient = :r", p, Long.class);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Transactional(readOnly = true)
    public long unread(String recipient) {
        Long n = jdbc.queryForObject("select count(*) from notification where recipient = :r and read_at is null",
                new MapSqlParameterSource("r", recipient), Long.class);
        return n == null ? 0 : n;
    }

    @Transactional
    public void markRead(String recipient, Long id) {
        int n = jdbc.update("update notification set read_at = coalesce(read_at, :at) where id = :id and recipient = :r",
                new MapSqlParameterSource("r", recipient).addValue("id", id).addValue("at", OffsetDateTime.now(clock)));
        if (n == 0) {
            throw new NotFoundException("notification", id);
        }
    }

    @Transactional
    public int markAllRead(String recipient) {
        return jdbc.update("update notification set read_at = :at where recipient = :r and read_at is null",
                new MapSqlParameterSource("r", recipient).addValue("at", OffsetDateTime.now(clock)));
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static Timestamp utc(OffsetDateTime at) {
        return Timestamp.from(at.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
    }

    static boolean duplicate(RuntimeException e) {
        return e instanceof DuplicateKeyException;
    }
}
