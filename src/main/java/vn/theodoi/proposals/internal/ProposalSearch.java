package vn.theodoi.proposals.internal;

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
 * What the one search finds in proposals (kiến nghị, đề xuất): by reference number and subject.
 */
@Component
class ProposalSearch extends TableSearch {

    private final ProposalAccess access;

    ProposalSearch(ProposalAccess access, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
        super(SearchKind.PROPOSAL, "select p.id, p.reference_number, p.subject, p.answer_text,"
                + " p.classification, p.updated_at", new SearchStatements.Table("proposal", "p"),
                "", "upper(p.reference_number)", new IndexedFacts(ProposalQueries.VISIBLE), jdbc, statements);
        this.access = access;
    }

    @Override
    protected Visibility reader(TheodoiUser user) {
        return access.reader(user);
    }

    @Override
    protected Where visible(Visibility reader) {
        return ProposalQueries.visibleTo(reader);
    }

    @Override
    protected SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("reference_number"),
                rs.getString("reference_number") + " · " + rs.getString("subject"),
                rs.getString("answer_text"),
                "/proposals/" + rs.getLong("id"), classified(rs),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }
}
