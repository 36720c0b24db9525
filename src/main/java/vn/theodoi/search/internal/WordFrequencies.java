package vn.theodoi.search.internal;

import java.sql.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How common words are in a table's search keys, as PostgreSQL's statistics of the table's word index hold them
 * (V82; {@code pg_stats.most_common_elems}, gathered by ANALYZE from a sample of rows): the frequency of each
 * common word; the rarer ones are not listed. Read once per table and again after {@link #FRESH_FOR}.
 */
public final class WordFrequencies {

    /** How long statistics read are used before they are read again (autovacuum analyzes when a table changes). */
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private static final String READ = """
            select s.most_common_elems::text::text[], s.most_common_elem_freqs, greatest(c.reltuples, 0)
              from pg_index i
              join pg_class ic on ic.oid = i.indexrelid
              join pg_class c on c.oid = i.indrelid
              join pg_namespace n on n.oid = c.relnamespace
              join pg_stats s on s.schemaname = n.nspname and s.tablename = ic.relname
             where n.nspname = current_schema() and c.relname = ? and pg_get_indexdef(i.indexrelid) like '%to_tsvector%'
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    public WordFrequencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /**
     * The share of the table's rows that may hold every one of the words, and those rows: the frequency of the
     * least common word (0 when a word is not listed: rarer than every listed one), times the rows. Null when the
     * table has no statistics yet (never analyzed).
     */
    public Estimate withAll(String table, List<String> words) {
        Table t = current(table);
        if (t.rows() < 0) {
            return null;
        }
        double least = 1;
        for (String word : words) {
            least = Math.min(least, t.frequencies().getOrDefault(word, 0.0));
        }
        return new Estimate(least, least * t.rows());
    }

    /** A share of a table's rows, and how many rows that is. */
    public record Estimate(double share, double rows) {
    }

    /**
     * The {@code most} least common of the words (a word not listed before any listed one); all of them, as given,
     * when the table has no statistics.
     */
    public List<String> rarest(String table, List<String> words, int most) {
        Table t = current(table);
        if (t.rows() < 0) {
            return words;
        }
        return words.stream().sorted(Comparator.comparingDouble(w -> t.frequencies().getOrDefault(w, 0.0)))
                .limit(most).toList();
    }

    private Table current(String table) {
        return tables.compute(table, (name, known) -> known != null && known.read().plus(FRESH_FOR)
                .isAfter(clock.instant()) ? known : read(name));
    }

    private Table read(String table) {
        List<Table> found = jdbc.query(READ, (rs, n) -> {
            Array elems = rs.getArray(1);
            Array freqs = rs.getArray(2);
            double rows = rs.getDouble(3);
            if (elems == null || freqs == null) {
                return new Table(Map.of(), rows, clock.instant());
            }
            String[] words = (String[]) elems.getArray();
            Object[] values = (Object[]) freqs.getArray();
            Map<String, Double> frequencies = new HashMap<>();
            for (int i = 0; i < words.length; i++) {
                frequencies.put(words[i], ((Number) values[i]).doubleValue());
            }
            return new Table(frequencies, rows, clock.instant());
        }, table);
        return found.isEmpty() ? new Table(Map.of(), -1, clock.instant()) : found.get(0);
    }

    /** A table's statistics; {@code rows} -1 when it has none. */
    private record Table(Map<String, Double> frequencies, double rows, Instant read) {
    }
}
