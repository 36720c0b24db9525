package vn.theodoi.inspections.internal;

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
 * What the one search finds in inspections (kiểm tra, giám sát): by subject.
 */
@Component
class InspectionSearch implements SearchSource {

    private static final String SELECT = "select i.id, i.subject, i.conclusion_reference, i.findings,"
            + " i.classification, i.updated_at";
    private static final SearchStatements.Table TABLE = new SearchStatements.Table("inspection", "i");
    private static final String FROM = " from inspection i where ";

    private final InspectionAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    InspectionSearch(InspectionAccess access, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.INSPECTION;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        Where byCode = null;
        return SearchStatements.find(jdbc, SELECT, FROM, byCode, query.narrow(visible(reader), "i.search_text"),
                TABLE, limit, (rs, n) -> candidate(rs));
    }

    private static SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("conclusion_reference"),
                rs.getString("subject"),
                rs.getString("findings"),
                "/inspections/" + rs.getLong("id"),
                Clearance.valueOf(rs.getString("classification")).isClassified(),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }

    private Where visible(TheodoiUser reader) {
        return access.reader(reader).where(InspectionQueries.VISIBLE);
    }
}
