package vn.theodoi.tasks.internal;

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
 * What the one search finds in tasks (nhiệm vụ): by code, title and the reference of their source.
 */
@Component
class TaskSearch extends TableSearch {

    private final TaskAccess access;

    TaskSearch(TaskAccess access, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
        super(SearchKind.TASK, "select t.id, t.code, t.title, t.source_reference,"
                + " t.classification, t.updated_at", new SearchStatements.Table("task", "t"),
                "", "t.code", new IndexedFacts(TaskQueries.VISIBLE), jdbc, statements);
        this.access = access;
    }

    @Override
    protected Visibility reader(TheodoiUser user) {
        return access.reader(user);
    }

    @Override
    protected Where visible(Visibility reader) {
        return TaskQueries.visibleTo(reader);
    }

    @Override
    protected SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("code"),
                rs.getString("code") + " · " + rs.getString("title"),
                rs.getString("source_reference"),
                "/tasks/" + rs.getLong("id"), classified(rs),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }
}
