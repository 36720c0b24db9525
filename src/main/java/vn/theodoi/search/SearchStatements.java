package vn.theodoi.search;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.theodoi.access.Where;
import vn.theodoi.shared.ProcedureTime;

/**
 * The statement every {@link SearchSource} runs, written once. The caller's where-clauses already hold its
 * visibility and {@link SearchQuery#narrow}; these only choose how the rows are reached and add order and limits.
 *
 * <p>A word in a tenth of the rows ("chiếm đoạt") is found at once by walking the table in id order, and a rare
 * name by the word index; PostgreSQL, guessing from statistics of single words, picks the wrong one often
 * enough to take seconds at a million records (a walk through every row for a name no one has). So the choice is
 * not left to it: the matches are first looked for among the last {@link #WINDOW} rows in id order, a bounded
 * walk; only when fewer are found than asked is the whole table searched, ordered by an expression no index gives
 * ({@code id + 0}), which leaves PostgreSQL the word index (on H2, a walk of every row).
 */
public final class SearchStatements {

    /** The rows walked in id order before the index is asked. */
    public static final int WINDOW = 3000;

    private SearchStatements() {
    }

    /**
     * The table a source's {@code from} starts with: {@code from oversight_record r ...} is
     * {@code new Table("oversight_record", "r")}.
     */
    public record Table(String name, String alias) {
    }

    /**
     * {@code select + from + where} for the code (when not null, at most 5 rows) and then for the words; the code's
     * rows first, no row twice, at most {@code limit}, the others in descending id order. {@code byWords} is asked
     * of the last rows, {@code byIndexedWords} (the same rows, written for an index) of the whole table.
     */
    public static List<SearchCandidate> find(NamedParameterJdbcTemplate jdbc, String select, String from,
            Where byCode, Where byWords, Where byIndexedWords, Table table, int limit,
            RowMapper<SearchCandidate> row) {
        Map<Long, SearchCandidate> found = new LinkedHashMap<>();
        String id = table.alias() + ".id";
        if (byCode != null) {
            jdbc.query(select + from + byCode.sql + " order by " + id + " desc limit 5", byCode.params, row)
                    .forEach(c -> found.putIfAbsent(c.id(), c));
        }
        byWords.param("searchLimit", limit).param("searchWindow", WINDOW);
        byIndexedWords.param("searchLimit", limit);
        List<SearchCandidate> recent = jdbc.query(select + window(from, table) + byWords.sql + " order by " + id
                + " desc limit :searchLimit", byWords.params, row);
        List<SearchCandidate> words = recent.size() >= limit ? recent
                : jdbc.query(select + from + byIndexedWords.sql + " order by " + id + " + 0 desc limit :searchLimit",
                        byIndexedWords.params, row);
        words.forEach(c -> found.putIfAbsent(c.id(), c));
        return found.values().stream().limit(limit).toList();
    }


    /** The day of a stored instant in Vietnam. */
    public static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(ProcedureTime.VIETNAM).toLocalDate();
    }

    /** The source's {@code from} with its table replaced by the table's last {@link #WINDOW} rows in id order. */
    private static String window(String from, Table table) {
        String plain = " from " + table.name() + " " + table.alias() + " ";
        if (!from.startsWith(plain)) {
            throw new IllegalArgumentException("a search source's from-clause starts with its table: " + from);
        }
        return " from (select * from " + table.name() + " order by id desc limit :searchWindow) " + table.alias()
                + " " + from.substring(plain.length());
    }
}
