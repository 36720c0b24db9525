package vn.theodoi.search;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.theodoi.access.Where;

/**
 * The two statements every {@link SearchSource} runs, written once: the matches (an exact code's first, then the
 * newest) and their capped count. The caller's where-clauses already hold its visibility and
 * {@link SearchQuery#narrow}; the statements only add order and limits.
 */
public final class SearchStatements {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private SearchStatements() {
    }

    /**
     * {@code select + from + where} for the code (when not null, at most 5 rows) and then for the words, each in
     * {@code newestFirst} order; the code's rows first, no row twice, at most {@code limit}.
     */
    public static List<SearchCandidate> find(NamedParameterJdbcTemplate jdbc, String select, String from,
            Where byCode, Where byWords, String newestFirst, int limit, RowMapper<SearchCandidate> row) {
        Map<Long, SearchCandidate> found = new LinkedHashMap<>();
        if (byCode != null) {
            jdbc.query(select + from + byCode.sql + " " + newestFirst + " limit 5", byCode.params, row)
                    .forEach(c -> found.putIfAbsent(c.id(), c));
        }
        byWords.param("searchLimit", limit);
        jdbc.query(select + from + byWords.sql + " " + newestFirst + " limit :searchLimit", byWords.params, row)
                .forEach(c -> found.putIfAbsent(c.id(), c));
        return found.values().stream().limit(limit).toList();
    }

    /** How many rows {@code from + where} holds, counted up to {@code cap + 1}. */
    public static long count(NamedParameterJdbcTemplate jdbc, String from, Where byWords, int cap) {
        byWords.param("searchCap", cap + 1);
        Long n = jdbc.queryForObject("select count(*) from (select 1" + from + byWords.sql + " limit :searchCap) m",
                byWords.params, Long.class);
        return n == null ? 0 : n;
    }

    /** The day of a stored instant in Vietnam. */
    public static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(VIETNAM).toLocalDate();
    }
}
