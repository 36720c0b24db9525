package vn.theodoi.inspections.internal;

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
 * What the one search finds in inspections (kiểm tra, giám sát): by subject.
 */
@Component
class InspectionSearch extends TableSearch {

    private final InspectionAccess access;

    InspectionSearch(InspectionAccess access, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
        super(SearchKind.INSPECTION, "select i.id, i.subject, i.conclusion_reference, i.findings,"
                + " i.classification, i.updated_at", new SearchStatements.Table("inspection", "i"),
                "", null, new IndexedFacts(InspectionQueries.VISIBLE), jdbc, statements);
        this.access = access;
    }

    @Override
    protected Visibility reader(TheodoiUser user) {
        return access.reader(user);
    }

    @Override
    protected Where visible(Visibility reader) {
        return reader.where(InspectionQueries.VISIBLE);
    }

    @Override
    protected SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("conclusion_reference"),
                rs.getString("subject"),
                rs.getString("findings"),
                "/inspections/" + rs.getLong("id"), classified(rs),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }
}
