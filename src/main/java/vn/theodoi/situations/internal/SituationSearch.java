package vn.theodoi.situations.internal;

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
 * What the one search finds in hot spots (vụ việc nổi cộm, điểm nóng): by place and summary.
 */
@Component
class SituationSearch extends TableSearch {

    private final SituationAccess access;

    SituationSearch(SituationAccess access, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
        super(SearchKind.SITUATION, "select s.id, s.place, s.summary, s.classification,"
                + " s.occurred_on", new SearchStatements.Table("situation", "s"),
                "", null, new IndexedFacts(SituationQueries.VISIBLE), jdbc, statements);
        this.access = access;
    }

    @Override
    protected Visibility reader(TheodoiUser user) {
        return access.reader(user);
    }

    @Override
    protected Where visible(Visibility reader) {
        return SituationQueries.visibleTo(reader);
    }

    @Override
    protected SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), null,
                rs.getString("place"),
                rs.getString("summary"),
                "/situations/" + rs.getLong("id"), classified(rs),
                rs.getObject("occurred_on", java.time.LocalDate.class));
    }
}
