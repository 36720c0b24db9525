package vn.theodoi.search;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Visibility;
import vn.theodoi.access.Where;
import vn.theodoi.search.internal.WordFrequencies;
import vn.theodoi.shared.PrimaryDatabase;
import vn.theodoi.shared.ProcedureTime;

/**
 * The statements every {@link SearchSource} runs, written once: the caller gives its visibility, these add the
 * words ({@link SearchQuery#narrow}, {@link SearchQuery#indexedWords}), choose how the rows are reached, and add
 * order and limits.
 *
 * <p>Two ways reach a page of matches. <b>The walk</b> reads the table's rows newest first and stops at the page:
 * cheap when the words are common (a word in a tenth of the rows fills a page of ten within a few hundred rows,
 * even for a reader who sees one record in thirty), and bounded to the last {@link #WALK} rows. <b>The word
 * index</b> (V82) reads exactly the rows holding every word, then their visibility: cheap when the words are rare,
 * costly when they are common (its bitmap and its rows grow with the matches: 130 ms for "chiếm đoạt tài sản" in
 * 106,000 records). PostgreSQL, guessing from statistics of single words, picked the wrong one often enough to take
 * seconds at a million records, so the choice is made here, from the same statistics read as an upper bound
 * ({@link WordFrequencies}): words common enough to be listed there, together in at least one row in a hundred
 * ({@link #COMMON_SHARE}, {@link #COMMON_ROWS}), are walked first, the index asked only when the walk found fewer
 * than a page; other words go to the index at once. The index's statement is
 * ordered by an expression no index gives ({@code id + 0}) so that PostgreSQL does not walk instead, and given the
 * working memory its bitmap needs to stay exact (a lossy one recomputes the words of every row of its pages).
 * Without statistics (H2, a table never analyzed) the walk comes first.
 */
@Component
public class SearchStatements {

    /** The most rows walked newest first before the index is asked. */
    public static final int WALK = 10_000;

    /**
     * Words estimated in at least this share of the rows are walked first (in one row in a hundred, the walk fills
     * a page of ten within its rows for a reader who sees a tenth of them)...
     */
    static final double COMMON_SHARE = 0.01;

    /** ...and in at least this many rows: fewer are cheaper to read through the index than to look for. */
    static final double COMMON_ROWS = 2_000;

    private final PrimaryDatabase database;
    private final WordFrequencies frequencies;
    private final SearchIndex index;

    SearchStatements(PrimaryDatabase database, JdbcTemplate jdbc, SearchIndex index) {
        this.database = database;
        this.frequencies = new WordFrequencies(jdbc);
        this.index = index;
    }

    /**
     * The table a source's {@code from} starts with: {@code from oversight_record r ...} is
     * {@code new Table("oversight_record", "r")}.
     */
    public record Table(String name, String alias) {

        String key() {
            return alias + ".search_text";
        }
    }

    /**
     * {@code select + from + where} for the code (when not null, at most 5 rows) and then for the words; the code's
     * rows first, no row twice, at most {@code limit}, the others in descending id order. {@code visible} gives a new
     * where-clause of the reader's visibility for each statement. When the search index is ready, it proposes the
     * words' rows ({@link SearchIndex}), and they are read with the reader's visibility in the statement.
     */
    public List<SearchCandidate> find(NamedParameterJdbcTemplate jdbc, String select, String from,
            Where byCode, Supplier<Where> visible, SearchQuery query, Table table, int limit,
            RowMapper<SearchCandidate> row, SearchKind kind, Visibility reader) {
        Map<Long, SearchCandidate> found = new LinkedHashMap<>();
        String id = table.alias() + ".id";
        if (byCode != null) {
            jdbc.query(select + from + byCode.sql + " order by " + id + " desc limit 5", byCode.params, row)
                    .forEach(c -> found.putIfAbsent(c.id(), c));
        }
        List<SearchCandidate> words = List.of();
        if (index.ready()) {
            List<Long> ids = index.find(kind, query, reader, limit);
            if (!ids.isEmpty()) {
                // one array, not a list of parameters: one statement text, prepared once per connection
                Where proposed = visible.get().and(id + " = any(:searchIds)")
                        .param("searchIds", new SqlParameterValue(Types.ARRAY, ids.toArray(Long[]::new)));
                words = jdbc.query(select + from + proposed.sql + " order by " + id + " desc", proposed.params, row);
            }
        } else {
            words = withoutIndex(jdbc, select, from, visible, query, table, limit, row);
        }
        words.forEach(c -> found.putIfAbsent(c.id(), c));
        return found.values().stream().limit(limit).toList();
    }

    /** The words' rows read from the table: walked first when they may be common, else (or then) its word index. */
    private List<SearchCandidate> withoutIndex(NamedParameterJdbcTemplate jdbc, String select, String from,
            Supplier<Where> visible, SearchQuery query, Table table, int limit, RowMapper<SearchCandidate> row) {
        if (walkFirst(table, query)) {
            Where walked = query.narrow(visible.get(), table.key()).param("searchLimit", limit)
                    .param("searchWalk", WALK);
            List<SearchCandidate> recent = jdbc.query(select + walk(from, table) + walked.sql + " order by "
                    + table.alias() + ".id desc limit :searchLimit", walked.params, row);
            if (recent.size() >= limit) {
                return recent;
            }
        }
        return byIndex(jdbc, select, from, visible.get(), query, table, limit, row);
    }

    /**
     * The words' rows through the word index on PostgreSQL (the whole table walked on H2), with their visibility,
     * newest first.
     */
    private List<SearchCandidate> byIndex(NamedParameterJdbcTemplate jdbc, String select, String from, Where visible,
            SearchQuery query, Table table, int limit, RowMapper<SearchCandidate> row) {
        Where where = indexed(visible, query, table).param("searchLimit", limit);
        if (database.isPostgreSql()) {
            // for this statement's transaction only (each source is asked in a transaction of its own)
            jdbc.getJdbcTemplate().execute("set local work_mem = '32MB'");
        }
        return jdbc.query(select + from + where.sql + " order by " + table.alias() + ".id + 0 desc limit :searchLimit",
                where.params, row);
    }

    /**
     * Narrows a where-clause to the rows of the table holding the words, written for the word index on PostgreSQL
     * ({@link SearchQuery#indexedWords}) and as patterns elsewhere ({@link SearchQuery#narrow}).
     */
    public Where indexed(Where where, SearchQuery query, Table table) {
        return database.isPostgreSql()
                ? query.indexedWords(where, table.key(), frequencies.rarest(table.name(), query.words(), 2))
                : query.narrow(where, table.key());
    }

    /** Whether the words may be common enough in the table for the walk to find a page first. */
    private boolean walkFirst(Table table, SearchQuery query) {
        if (!database.isPostgreSql()) {
            return true;
        }
        if (query.code() != null && query.words().size() > 1) {
            return false; // a code's words as one phrase: rare, and its rarest words are indexed
        }
        WordFrequencies.Estimate matches = frequencies.withAll(table.name(), query.words());
        return matches == null || matches.share() >= COMMON_SHARE && matches.rows() >= COMMON_ROWS;
    }

    /** The day of a stored instant in Vietnam. */
    public static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(ProcedureTime.VIETNAM).toLocalDate();
    }

    /** The source's {@code from} with its table replaced by the table's last {@link #WALK} rows in id order. */
    private static String walk(String from, Table table) {
        String plain = " from " + table.name() + " " + table.alias() + " ";
        if (!from.startsWith(plain)) {
            throw new IllegalArgumentException("a search source's from-clause starts with its table: " + from);
        }
        return " from (select * from " + table.name() + " order by id desc limit :searchWalk) " + table.alias()
                + " " + from.substring(plain.length());
    }
}
