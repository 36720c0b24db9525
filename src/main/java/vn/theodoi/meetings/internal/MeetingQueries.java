package vn.theodoi.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.meetings.DocumentDue;
import vn.theodoi.meetings.DocumentState;
import vn.theodoi.meetings.MeetingSummary;
import vn.theodoi.meetings.MeetingType;

/** Meetings in plain SQL, every statement with the reader's visibility condition. */
@Component
public class MeetingQueries {

    /**
     * Where meetings keep what the visibility policy looks at: the preparing unit owns it; the
     * departments preparing its documents or leading its tasks share it; the provinces and agencies
     * are those its conclusion gives tasks to.
     */
    static final Visibility.Columns VISIBLE = new Visibility.Columns("m.id", "m.classification", "m.owner_unit_id",
            new Visibility.Membership("meeting_province", "meeting_id", "province_code"),
            new Visibility.Membership("meeting_agency", "meeting_id", "organization_id"),
            new Visibility.Membership("meeting_reader", "meeting_id", "username"),
            new Visibility.Membership("meeting_unit", "meeting_id", "organization_id"));

    private static final String COLUMNS = "m.id, m.type, m.number, m.meeting_date, m.title, m.classification,"
            + " m.conclusion_number, m.conclusion_date, coalesce(o.short_name, o.name) as owner_name"
            + " from meeting m join organization o on o.id = m.owner_unit_id where ";

    private final NamedParameterJdbcTemplate jdbc;

    MeetingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(Visibility.Condition condition) {
        return new MapSqlParameterSource(condition.parameters());
    }

    public Page<MeetingSummary> list(Visibility reader, MeetingType type, Pageable pageable) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        MapSqlParameterSource p = params(visible).addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String where = visible.sql() + (type == null ? "" : " and m.type = :type");
        if (type != null) {
            p.addValue("type", type.name());
        }
        List<MeetingSummary> rows = jdbc.query("select " + COLUMNS + where
                + " order by m.meeting_date desc, m.id desc limit :limit offset :offset", p, MeetingQueries::summary);
        Long total = jdbc.queryForObject("select count(*) from meeting m where " + where, p, Long.class);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    public boolean isVisible(Visibility reader, Long id) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        Long n = jdbc.queryForObject("select count(*) from meeting m where " + visible.sql() + " and m.id = :id",
                params(visible).addValue("id", id), Long.class);
        return n != null && n > 0;
    }

    /** The visible sessions, latest first, for choosing "since session N". */
    public List<MeetingSummary> sessions(Visibility reader, int limit) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        return jdbc.query("select " + COLUMNS + visible.sql() + " and m.type = 'SESSION'"
                + " order by m.number desc limit :limit", params(visible).addValue("limit", limit),
                MeetingQueries::summary);
    }

    public java.util.Optional<Long> sessionNumbered(Visibility reader, int number) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        return jdbc.query("select m.id from meeting m where " + visible.sql()
                + " and m.type = 'SESSION' and m.number = :number", params(visible).addValue("number", number),
                (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    /** Documents not yet approved, due on or before {@code until}, that a person's own unit prepares, of visible meetings. */
    public List<DocumentDue> documentsDueFor(Visibility reader, Collection<Long> ownUnits, LocalDate until, int limit) {
        Visibility.Condition visible = reader.condition(VISIBLE);
        return jdbc.query("select m.id as meeting_id, m.type, m.number, m.meeting_date, d.id as document_id, d.title,"
                + " d.due_date, d.state from meeting_document d join meeting m on m.id = d.meeting_id where "
                + visible.sql() + " and d.state <> 'APPROVED' and d.due_date <= :until"
                + " and d.owner_department_id in (:units) order by d.due_date, d.id limit :limit",
                params(visible).addValue("until", until).addValue("units", ownUnits.isEmpty() ? List.of(-1L) : ownUnits)
                        .addValue("limit", limit),
                (rs, n) -> new DocumentDue(rs.getLong("meeting_id"), MeetingType.valueOf(rs.getString("type")),
                        (Integer) rs.getObject("number", Integer.class), rs.getObject("meeting_date", LocalDate.class),
                        rs.getLong("document_id"), rs.getString("title"), rs.getObject("due_date", LocalDate.class),
                        DocumentState.valueOf(rs.getString("state"))));
    }

    static MeetingSummary summary(ResultSet rs, int n) throws SQLException {
        return new MeetingSummary(rs.getLong("id"), MeetingType.valueOf(rs.getString("type")),
                (Integer) rs.getObject("number", Integer.class), rs.getObject("meeting_date", LocalDate.class),
                rs.getString("title"), Clearance.valueOf(rs.getString("classification")),
                rs.getString("conclusion_number"), rs.getObject("conclusion_date", LocalDate.class),
                rs.getString("owner_name"));
    }
}
