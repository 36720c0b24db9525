package vn.theodoi.records.internal;

import java.util.Collection;
import java.util.List;
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

    /** The events of records the reader may see, in one query of the records' visibility. */
    @Override
    public List<Readable> readableAmong(TheodoiUser user, Collection<Long> eventIds) {
        return Readable.among(jdbc, "select e.id, r.classification from record_event e"
                + " join oversight_record r on r.id = e.record_id", "e.id", queries.visibleWhere(access.reader(user)),
                eventIds);
    }

    private Optional<Long> recordOf(long eventId) {
        List<Long> found = jdbc.queryForList("select record_id from record_event where id = :id",
                new MapSqlParameterSource("id", eventId), Long.class);
        return found.stream().findFirst();
    }
}
