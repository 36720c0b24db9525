package vn.theodoi.tasks.internal;

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
 * What the one search finds in tasks (nhiệm vụ): by code, title and the reference of their source.
 */
@Component
class TaskSearch implements SearchSource {

    private static final String SELECT = "select t.id, t.code, t.title, t.source_reference,"
            + " t.classification, t.updated_at";
    private static final SearchStatements.Table TABLE = new SearchStatements.Table("task", "t");
    private static final String FROM = " from task t where ";

    private final TaskAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    TaskSearch(TaskAccess access, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.TASK;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        Where byCode = query.code() == null ? null
                : visible(reader).and("t.code = :searchCode").param("searchCode", query.code());
        return SearchStatements.find(jdbc, SELECT, FROM, byCode, query.narrow(visible(reader), "t.search_text"),
                TABLE, limit, (rs, n) -> candidate(rs));
    }

    private static SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("code"),
                rs.getString("code") + " · " + rs.getString("title"),
                rs.getString("source_reference"),
                "/tasks/" + rs.getLong("id"),
                Clearance.valueOf(rs.getString("classification")).isClassified(),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }

    private Where visible(TheodoiUser reader) {
        return TaskQueries.visibleTo(access.reader(reader));
    }
}
