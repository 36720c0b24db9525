package vn.theodoi.records.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * What the one search finds in records: the records themselves (code, title, summary, persons' names), the
 * persons of records (name, position, organization) and the notes on records. Each statement starts from the
 * records the reader may see ({@link RecordQueries#visibleWhere}); a person or a note is found only through a
 * record the reader may see.
 */
final class RecordSearchSources {

    private static final SearchStatements.Table RECORDS = new SearchStatements.Table("oversight_record", "r");
    private static final SearchStatements.Table PERSONS = new SearchStatements.Table("record_person", "p");
    private static final SearchStatements.Table NOTES = new SearchStatements.Table("record_note", "n");

    private RecordSearchSources() {
    }

    private static boolean classified(ResultSet rs) throws SQLException {
        return Clearance.valueOf(rs.getString("classification")).isClassified();
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    /** Records (hồ sơ vụ án, vụ việc): by code, title, summary and the names of their persons. */
    @Component
    static class Records implements SearchSource {

        private static final String SELECT = "select r.id, r.code, r.title, r.summary, r.classification, r.updated_at";
        private static final String FROM = " from oversight_record r where ";

        private final RecordAccess access;
        private final RecordQueries queries;
        private final NamedParameterJdbcTemplate jdbc;

        Records(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc) {
            this.access = access;
            this.queries = queries;
            this.jdbc = jdbc;
        }

        @Override
        public SearchKind kind() {
            return SearchKind.RECORD;
        }

        @Override
        public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
            var visibility = access.reader(reader);
            Where byCode = query.code() == null ? null
                    : queries.visibleWhere(visibility).and("r.code = :searchCode").param("searchCode", query.code());
            return SearchStatements.find(jdbc, SELECT, FROM, byCode,
                    query.narrow(queries.visibleWhere(visibility), "r.search_text"), RECORDS, limit,
                    (rs, n) -> new SearchCandidate(rs.getLong("id"), rs.getString("code"),
                            rs.getString("code") + " · " + rs.getString("title"), rs.getString("summary"),
                            "/records/" + rs.getLong("id"), classified(rs),
                            SearchStatements.day(rs.getTimestamp("updated_at"))));
        }
    }

    /** The persons of records (bị can, bị cáo, người liên quan): by name, position and organization. */
    @Component
    static class Persons implements SearchSource {

        private static final String SELECT = """
                select p.id, p.full_name, p.position, p.organization_name, r.id as record_id, r.code, r.title,
                       r.classification, r.updated_at""";
        private static final String FROM =
                " from record_person p join oversight_record r on r.id = p.record_id where ";

        private final RecordAccess access;
        private final RecordQueries queries;
        private final NamedParameterJdbcTemplate jdbc;

        Persons(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc) {
            this.access = access;
            this.queries = queries;
            this.jdbc = jdbc;
        }

        @Override
        public SearchKind kind() {
            return SearchKind.PERSON;
        }

        @Override
        public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
            return SearchStatements.find(jdbc, SELECT, FROM, null,
                    query.narrow(queries.visibleWhere(access.reader(reader)), "p.search_text"), PERSONS, limit,
                    (rs, n) -> new SearchCandidate(rs.getLong("id"), null, rs.getString("full_name"),
                            joined(rs.getString("position"), rs.getString("organization_name"),
                                    rs.getString("code") + " " + rs.getString("title")),
                            "/records/" + rs.getLong("record_id") + "?tab=persons#tab-persons", classified(rs),
                            SearchStatements.day(rs.getTimestamp("updated_at"))));
        }
    }

    /** Notes on records (ghi chú): by their words. */
    @Component
    static class Notes implements SearchSource {

        private static final String SELECT = """
                select n.id, n.body, n.written_at, r.id as record_id, r.code, r.title, r.classification""";
        private static final String FROM = " from record_note n join oversight_record r on r.id = n.record_id where ";

        private final RecordAccess access;
        private final RecordQueries queries;
        private final NamedParameterJdbcTemplate jdbc;

        Notes(RecordAccess access, RecordQueries queries, NamedParameterJdbcTemplate jdbc) {
            this.access = access;
            this.queries = queries;
            this.jdbc = jdbc;
        }

        @Override
        public SearchKind kind() {
            return SearchKind.NOTE;
        }

        @Override
        public List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit) {
            return SearchStatements.find(jdbc, SELECT, FROM, null,
                    query.narrow(queries.visibleWhere(access.reader(reader)), "n.search_text"), NOTES, limit,
                    (rs, n) -> new SearchCandidate(rs.getLong("id"), null,
                            rs.getString("code") + " · " + rs.getString("title"), rs.getString("body"),
                            "/records/" + rs.getLong("record_id") + "?tab=notes#tab-notes", classified(rs),
                            SearchStatements.day(rs.getTimestamp("written_at"))));
        }
    }
}
