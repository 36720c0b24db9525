package vn.theodoi.records.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.attachments.AttachmentOwner;

/**
 * A record's events own attachments (the decision, the indictment, the judgment): whoever sees the
 * record reads them, whoever may record its progress (editors, and agency liaisons on their
 * agency's records) attaches them. Visibility is the records' own query.
 */
@Component
class RecordEventAttachments implements AttachmentOwner {

    static final String KIND = "RECORD_EVENT";

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordQueries queries;
    private final RecordAccess access;

    RecordEventAttachments(NamedParameterJdbcTemplate jdbc, RecordQueries queries, RecordAccess access) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(TheodoiUser user, long eventId) {
        return recordOf(eventId).map(record -> queries.isVisible(access.reader(user), record)).orElse(false);
    }

    @Override
    public boolean mayAttach(TheodoiUser user, long eventId) {
        Visibility reader = access.reader(user);
        return reader.reportsProgress()
                && recordOf(eventId).map(record -> queries.isVisible(reader, record)).orElse(false);
    }

    @Override
    public String pagePath(long eventId) {
        return recordOf(eventId).map(record -> "/records/" + record + "?tab=procedure#tab-procedure").orElse("/records");
    }

    /** One visibility question per record, however many of its events are asked about. */
    @Override
    public Collection<Long> readableAmong(TheodoiUser user, Collection<Long> eventIds) {
        Map<Long, Long> records = new HashMap<>();
        jdbc.query("select id, record_id from record_event where id in (:ids)",
                new MapSqlParameterSource("ids", eventIds), rs -> {
                    records.put(rs.getLong(1), rs.getLong(2));
                });
        Visibility reader = access.reader(user);
        Map<Long, Boolean> visible = new HashMap<>();
        return records.entrySet().stream()
                .filter(e -> visible.computeIfAbsent(e.getValue(), record -> queries.isVisible(reader, record)))
                .map(Map.Entry::getKey).toList();
    }

    private Optional<Long> recordOf(long eventId) {
        List<Long> found = jdbc.queryForList("select record_id from record_event where id = :id",
                new MapSqlParameterSource("id", eventId), Long.class);
        return found.stream().findFirst();
    }
}
