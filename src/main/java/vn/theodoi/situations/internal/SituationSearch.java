package vn.theodoi.situations.internal;

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
 * What the one search finds in hot spots (vụ việc nổi cộm, điểm nóng): by place and summary.
 */
@Component
class SituationSearch implements SearchSource {

    private static final String SELECT = "select s.id, s.place, s.summary, s.classification,"
            + " s.occurred_on";
    private static final SearchStatements.Table TABLE = new SearchStatements.Table("situation", "s");
    private static final String FROM = " from situation s where ";

    private final SituationAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    SituationSearch(SituationAccess access, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.SITUATION;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        Where byCode = null;
        return SearchStatements.find(jdbc, SELECT, FROM, byCode, query.narrow(visible(reader), "s.search_text"),
                TABLE, limit, (rs, n) -> candidate(rs));
    }

    private static SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), null,
                rs.getString("place"),
                rs.getString("summary"),
                "/situations/" + rs.getLong("id"),
                Clearance.valueOf(rs.getString("classification")).isClassified(),
                rs.getObject("occurred_on", java.time.LocalDate.class));
    }

    private Where visible(TheodoiUser reader) {
        return SituationQueries.visibleTo(access.reader(reader));
    }
}
