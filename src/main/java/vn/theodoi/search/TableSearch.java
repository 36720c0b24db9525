package vn.theodoi.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;

/**
 * A {@link SearchSource} over one table with a search key ({@code alias.search_text}), written once: a module
 * names its kind, its columns, its table (and the joins its visibility needs), the column a typed code is
 * compared with, where its rows show their visibility facts (for the search index), and supplies its reader's
 * visibility and the mapping of a row.
 */
public abstract class TableSearch implements SearchSource {

    private final SearchKind kind;
    private final String select;
    private final SearchStatements.Table table;
    private final String from;
    private final String codeColumn;
    private final NamedParameterJdbcTemplate jdbc;
    private final SearchStatements statements;
    private final IndexedFacts facts;

    /**
     * @param select     {@code select ...} of the columns {@link #candidate} reads
     * @param joins      what follows the table in the from-clause ({@code join oversight_record r on ...}), or ""
     * @param codeColumn the expression a typed code must equal ({@code r.code}, {@code upper(p.reference_number)}),
     *                   or null for a kind without codes
     * @param facts      where the rows show the facts the visibility looks at
     */
    protected TableSearch(SearchKind kind, String select, SearchStatements.Table table, String joins,
            String codeColumn, IndexedFacts facts, NamedParameterJdbcTemplate jdbc, SearchStatements statements) {
        this.kind = kind;
        this.select = select;
        this.table = table;
        this.from = " from " + table.name() + " " + table.alias() + " " + joins + " where ";
        this.codeColumn = codeColumn;
        this.jdbc = jdbc;
        this.statements = statements;
        this.facts = facts;
    }

    /** The reader's visibility in the owning module (which refuses a reader who may not use it). */
    protected abstract Visibility reader(TheodoiUser user);

    /** What the reader may see, as the owning module's where-clause. */
    protected abstract Where visible(Visibility reader);

    /** One row as a result. */
    protected abstract SearchCandidate candidate(ResultSet rs) throws SQLException;

    @Override
    public SearchKind kind() {
        return kind;
    }

    @Override
    public List<SearchCandidate> find(TheodoiUser user, SearchQuery query, int limit) {
        Visibility reader = reader(user);
        Where byCode = codeColumn == null || query.code() == null ? null
                : visible(reader).and(codeColumn + " = :searchCode").param("searchCode", query.code());
        return statements.find(jdbc, select, from, byCode, () -> visible(reader), query, table, limit,
                (rs, n) -> candidate(rs), kind, reader);
    }

    SearchStatements.Table table() {
        return table;
    }

    String alias() {
        return table.alias();
    }

    /** {@code from} the table and its joins, up to {@code where}. */
    String from() {
        return from;
    }

    IndexedFacts facts() {
        return facts;
    }

    /** Whether the row's {@code classification} column names a classified level. */
    protected static boolean classified(ResultSet rs) throws SQLException {
        return Clearance.valueOf(rs.getString("classification")).isClassified();
    }
}
