package vn.theodoi.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * What the one search finds in records: the records themselves (code, title, summary, persons' names), the
 * persons of records (name, position, organization) and the notes on records. Each statement starts from the
 * records the reader may see ({@link RecordQueries#visibleWhere}); a person or a note is found only through a
 * record the reader may see.
 */
final class RecordSearchSources {

    private static final String THROUGH_RECORD = "join oversight_record r on r.id = %s.record_id";

    /** A record's visibility facts, on its row. */
    private static final IndexedFacts RECORD_FACTS = new IndexedFacts(RecordQueries.VISIBLE_ON_POSTGRESQL);

    /** Its persons' and notes' are the record's (through {@link #THROUGH_RECORD}), and change with it. */
    private static final IndexedFacts THE_RECORDS_FACTS = new IndexedFacts(RecordQueries.VISIBLE_ON_POSTGRESQL,
            "oversight_record", "record_id");

    private RecordSearchSources() {
    }

    /** The records' visibility, shared by the three sources. */
    abstract static class OfRecords extends TableSearch {

        final RecordAccess access;
        final RecordQueries queries;

        OfRecords(SearchKind kind, String select, SearchStatements.Table table, String joins, String codeColumn,
                IndexedFacts facts, RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
            super(kind, select, table, joins, codeColumn, facts, jdbc, statements);
            this.access = access;
            this.queries = queries;
        }

        @Override
        protected Visibility reader(TheodoiUser user) {
            return access.reader(user);
        }

        @Override
        protected Where visible(Visibility reader) {
            return queries.visibleWhere(reader);
        }
    }

    /** Records (hồ sơ vụ án, vụ việc): by code, title, summary and the names of their persons. */
    @Component
    static class Records extends OfRecords {

        Records(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
            super(SearchKind.RECORD, "select r.id, r.code, r.title, r.summary, r.classification, r.updated_at",
                    new SearchStatements.Table("oversight_record", "r"), "", "r.code", RECORD_FACTS, access, queries,
                    jdbc, statements);
        }

        @Override
        protected SearchCandidate candidate(ResultSet rs) throws SQLException {
            return new SearchCandidate(rs.getLong("id"), rs.getString("code"),
                    rs.getString("code") + " · " + rs.getString("title"), rs.getString("summary"),
                    "/records/" + rs.getLong("id"), classified(rs),
                    SearchStatements.day(rs.getTimestamp("updated_at")));
        }
    }

    /** The persons of records (bị can, bị cáo, người liên quan): by name, position and organization. */
    @Component
    static class Persons extends OfRecords {

        Persons(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
            super(SearchKind.PERSON, """
                    select p.id, p.full_name, p.position, p.organization_name, r.id as record_id, r.code, r.title,
                           r.classification, r.updated_at""", new SearchStatements.Table("record_person", "p"),
                    THROUGH_RECORD.formatted("p"), null, THE_RECORDS_FACTS, access, queries, jdbc, statements);
        }

        @Override
        protected Where visible(Visibility reader) {
            return queries.personsVisibleWhere(reader);
        }

        @Override
        protected SearchCandidate candidate(ResultSet rs) throws SQLException {
            String about = Stream.of(rs.getString("position"), rs.getString("organization_name"),
                    rs.getString("code") + " " + rs.getString("title"))
                    .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
            return new SearchCandidate(rs.getLong("id"), null, rs.getString("full_name"), about,
                    "/records/" + rs.getLong("record_id") + "?tab=persons#tab-persons", classified(rs),
                    SearchStatements.day(rs.getTimestamp("updated_at")));
        }
    }

    /** Notes on records (ghi chú): by their words. */
    @Component
    static class Notes extends OfRecords {

        Notes(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc,
            SearchStatements statements) {
            super(SearchKind.NOTE, "select n.id, n.body, n.written_at, r.id as record_id, r.code, r.title,"
                    + " r.classification", new SearchStatements.Table("record_note", "n"),
                    THROUGH_RECORD.formatted("n"), null, THE_RECORDS_FACTS, access, queries, jdbc, statements);
        }

        @Override
        protected SearchCandidate candidate(ResultSet rs) throws SQLException {
            return new SearchCandidate(rs.getLong("id"), null, rs.getString("code") + " · " + rs.getString("title"),
                    rs.getString("body"), "/records/" + rs.getLong("record_id") + "?tab=notes#tab-notes",
                    classified(rs), SearchStatements.day(rs.getTimestamp("written_at")));
        }
    }
}
