package vn.theodoi.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Where;
import vn.theodoi.search.SearchCandidate;
import vn.theodoi.search.SearchKind;
import vn.theodoi.search.SearchQuery;
import vn.theodoi.search.SearchSource;
import vn.theodoi.search.SearchStatements;

/**
 * What the one search finds in meetings (phiên họp, cuộc họp Thường trực): by title, session number,
 * conclusion number and the words of the conclusion's requirements.
 */
@Component
class MeetingSearch implements SearchSource {

    private static final String SELECT = "select m.id, m.title, m.conclusion_number,"
            + " m.classification, m.meeting_date";
    private static final SearchStatements.Table TABLE = new SearchStatements.Table("meeting", "m");
    private static final String FROM = " from meeting m where ";

    private final MeetingAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    MeetingSearch(MeetingAccess access, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.MEETING;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        Where byCode = query.code() == null ? null
                : visible(reader).and("upper(m.conclusion_number) = :searchCode").param("searchCode", query.code());
        return SearchStatements.find(jdbc, SELECT, FROM, byCode, query.narrow(visible(reader), "m.search_text"),
                TABLE, limit, (rs, n) -> candidate(rs));
    }

    private static SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("conclusion_number"),
                rs.getString("title"),
                rs.getString("conclusion_number"),
                "/meetings/" + rs.getLong("id"),
                Clearance.valueOf(rs.getString("classification")).isClassified(),
                rs.getObject("meeting_date", java.time.LocalDate.class));
    }

    private Where visible(TheodoiUser reader) {
        return access.reader(reader).where(MeetingQueries.VISIBLE);
    }
}
