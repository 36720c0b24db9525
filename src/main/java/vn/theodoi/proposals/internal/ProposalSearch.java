package vn.theodoi.proposals.internal;

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
 * What the one search finds in proposals (kiến nghị, đề xuất): by reference number and subject.
 */
@Component
class ProposalSearch implements SearchSource {

    private static final String SELECT = "select p.id, p.reference_number, p.subject, p.answer_text,"
            + " p.classification, p.updated_at";
    private static final SearchStatements.Table TABLE = new SearchStatements.Table("proposal", "p");
    private static final String FROM = " from proposal p where ";

    private final ProposalAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    ProposalSearch(ProposalAccess access, NamedParameterJdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PROPOSAL;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
        Where byCode = query.code() == null ? null
                : visible(reader).and("upper(p.reference_number) = :searchCode").param("searchCode", query.code());
        return SearchStatements.find(jdbc, SELECT, FROM, byCode, query.narrow(visible(reader), "p.search_text"),
                TABLE, limit, (rs, n) -> candidate(rs));
    }

    private static SearchCandidate candidate(ResultSet rs) throws SQLException {
        return new SearchCandidate(rs.getLong("id"), rs.getString("reference_number"),
                rs.getString("reference_number") + " · " + rs.getString("subject"),
                rs.getString("answer_text"),
                "/proposals/" + rs.getLong("id"),
                Clearance.valueOf(rs.getString("classification")).isClassified(),
                SearchStatements.day(rs.getTimestamp("updated_at")));
    }

    private Where visible(TheodoiUser reader) {
        return ProposalQueries.visibleTo(access.reader(reader));
    }
}
