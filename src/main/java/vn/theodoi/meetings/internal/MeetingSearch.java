package vn.theodoi.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.search.IndexedFacts;
import vn.theodoi.search.SearchCandidate;
import vn.theodoi.search.SearchKind;
import vn.theodoi.search.SearchStatements;
import vn.theodoi.search.TableSearch;

/**
 * What the one search finds in meetings (phiên họp, cuộc họp Thường trực): by title, session number,
 * conclusion number and the words of the conclusion's requirements.
 */
@Component
class MeetingSearch extends TableSearch {

    private final MeetingAccess access;

    MeetingSearch(MeetingAccess access, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
        super(SearchKind.MEETING, "select m.id, m.title, m.conclusion_number,"
                + " m.classification, m.meeting_date", new SearchStatements.Table("meeting", "m"),
                "", "upper(m.conclusion_number)", new IndexedFacts(MeetingQueries.VISIBLE), jdbc, statements);
        this.access = access;
    }

    @Override
    protected Visibility reader(TheodoiUser user) {
        return access.reader(user);
    }

    @Override
    protected Where visible(Visibility reader) {
        return reader.where(MeetingQueries.VISIBLE);
    }

    @Override
    protected SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("conclusion_number"),
                rs.getString("title"),
                rs.getString("conclusion_number"),
                "/meetings/" + rs.getLong("id"), classified(rs),
                rs.getObject("meeting_date", java.time.LocalDate.class));
    }
}
