package vn.theodoi.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import vn.theodoi.access.Visibility;
import vn.theodoi.search.internal.LuceneIndex;
import vn.theodoi.shared.PrimaryDatabase;

/**
 * The one search's index on PostgreSQL (Lucene, {@link LuceneIndex}): every {@link TableSearch}'s rows, with their
 * words and the facts their visibility looks at, kept in step with the database. It is built from the tables when
 * missing, made for another database, or not brought up to date for a day; then it reads the changes the
 * database's triggers note (V85, {@code search_change}) that were committed since the snapshot it last read at,
 * before each search and every {@link #POLL} in between, and reads those rows again. A search therefore finds what
 * was committed before it began, on every node that keeps an index (unless a bulk change is being read: then it
 * reads the index as it is, see {@link #catchUpForSearch}). Until the index is ready (and on H2) the
 * sources search the tables themselves ({@link SearchStatements}).
 *
 * <p>The index only proposes ids: the sources read those rows with the reader's visibility in the statement, so a
 * stale or damaged index can leave a result out, never show one the reader may not see. It is a copy: deleting its
 * directory makes the next start build it again.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** How often the index reads the changes when no search asks it to. */
    static final Duration POLL = Duration.ofSeconds(2);

    /** A build that failed (the database away, the disk full) is tried again after this long. */
    static final Duration RETRY = Duration.ofMinutes(5);

    /** Changes are kept this long; an index that has not read them for longer is built again. */
    static final Duration KEPT = Duration.ofDays(1);

    /** More changes than this at once (a bulk load) are read faster by building the index again. */
    static final int MOST_CHANGES = 500_000;

    /** The most changes a search reads before it begins, and how long it waits for a catch-up under way. */
    static final int SEARCH_MOST = 2_000;
    static final Duration SEARCH_WAIT = Duration.ofMillis(250);

    /** Up to this many searched rows the index is built before the application is ready; more, in the background. */
    static final long BUILT_AT_START = 200_000;

    private static final int BATCH = 5_000;
    private static final String DATABASE = "database", SNAPSHOT = "snapshot", READ_AT = "read_at";

    private final ObjectProvider<SearchSource> sources;
    private final PrimaryDatabase database;
    private final boolean enabled;
    private final String path;
    private NamedParameterJdbcTemplate jdbc;
    private ScheduledExecutorService keeper;

    private volatile LuceneIndex lucene;
    private volatile boolean ready;
    private volatile boolean closing;
    private volatile Instant failedAt;
    private final ReentrantLock lock = new ReentrantLock();
    private List<TableSearch> tables = List.of();
    private String identity;
    private String snapshot;
    private Instant committedAt = Instant.EPOCH;

    SearchIndex(ObjectProvider<SearchSource> sources, PrimaryDatabase database,
            @Value("${theodoi.search.index.enabled:true}") boolean enabled,
            @Value("${theodoi.search.index.path:${theodoi.data-dir:./data}/search-index}") String path) {
        this.sources = sources;
        this.database = database;
        this.enabled = enabled;
        this.path = path;
    }

    /** Whether the index answers the one search (else the sources search their tables). */
    boolean ready() {
        return ready;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || !database.isPostgreSql()) {
            return;
        }
        tables = sources.orderedStream().filter(TableSearch.class::isInstance).map(TableSearch.class::cast).toList();
        jdbc = new NamedParameterJdbcTemplate(database.dataSource());
        try {
            lucene = LuceneIndex.open("memory".equals(path) ? null : Path.of(path));
        } catch (RuntimeException e) {
            log.warn("The search index cannot be opened at {} ({}); the one search reads the tables", path,
                    e.getMessage());
            return;
        }
        keeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        if (estimatedRows() < BUILT_AT_START) {
            openOrBuild(); // a small database's index is ready when the application is
        } else {
            keeper.execute(this::openOrBuild);
        }
        keeper.scheduleWithFixedDelay(this::keepUp, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        keeper.scheduleWithFixedDelay(this::forgetOldChanges, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        ready = false;
        closing = true;
        if (keeper != null) {
            keeper.shutdownNow();
            keeper.awaitTermination(30, TimeUnit.SECONDS); // a build stops at its next batch
        }
        lock.lock();
        try {
            if (lucene != null) {
                lucene.close();
                lucene = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private long estimatedRows() {
        List<String> names = tables.stream().map(t -> t.table().name()).distinct().toList();
        Long rows = jdbc.queryForObject("select cast(coalesce(sum(greatest(reltuples, 0)), 0) as bigint) from pg_class"
                + " where relname in (:names) and relkind = 'r'", new MapSqlParameterSource("names", names),
                Long.class);
        return rows == null ? 0 : rows;
    }

    private void openOrBuild() {
        lock.lock();
        try {
            identity = jdbc.getJdbcTemplate().queryForObject("select cast(id as varchar) from search_index_identity",
                    String.class);
            Map<String, String> noted = lucene.committedData();
            Instant readAt = noted.containsKey(READ_AT) ? Instant.ofEpochMilli(Long.parseLong(noted.get(READ_AT)))
                    : Instant.EPOCH;
            if (identity.equals(noted.get(DATABASE)) && noted.get(SNAPSHOT) != null
                    && readAt.isAfter(Instant.now().minus(KEPT).plus(Duration.ofHours(1)))) {
                snapshot = noted.get(SNAPSHOT);
                if (!catchUp(MOST_CHANGES)) {
                    build();
                }
                ready = true;
                log.info("Search index opened at {}: {} documents", path, lucene.size());
            } else {
                build();
            }
        } catch (RuntimeException e) {
            failedAt = Instant.now();
            log.error("The search index could not be built; the one search reads the tables, and it is tried again in "
                    + RETRY.toMinutes() + " minutes", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads every searched row into an empty index and notes the snapshot taken before the first read: what was
     * committed before it is read by the statements after it, what was committed after it is read by the next
     * {@link #catchUp}. No statement needs another's snapshot, so none holds one for the whole build.
     */
    private void build() {
        long started = System.nanoTime();
        ready = false;
        String at = currentSnapshot();
        lucene.clear();
        for (TableSearch table : tables) {
            long after = 0;
            List<LuceneIndex.Row> rows;
            do {
                if (closing) {
                    return;
                }
                rows = jdbc.query(IndexedRows.select(table) + table.alias() + ".id > :after order by " + table.alias()
                        + ".id limit " + BATCH, new MapSqlParameterSource("after", after),
                        (rs, n) -> IndexedRows.row(table, rs));
                lucene.add(rows);
                if (!rows.isEmpty()) {
                    after = rows.get(rows.size() - 1).id();
                }
            } while (rows.size() == BATCH);
        }
        commit(at);
        ready = true;
        log.info("Search index built at {}: {} documents in {} s", path, lucene.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * Brings the index up to date with what was committed before this call, so that a search finds what its reader
     * has just written. A search waits for a catch-up already under way only {@link #SEARCH_WAIT}, and leaves more
     * than {@link #SEARCH_MOST} changes (a bulk import) to the background thread: it then reads the index as it
     * is, which may lack the newest changes but never shows more than the tables allow.
     */
    void catchUpForSearch() {
        if (!ready) {
            return;
        }
        try {
            if (!lock.tryLock(SEARCH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            catchUp(SEARCH_MOST);
        } catch (RuntimeException e) {
            // the index proposes, the tables decide: a stale one may leave out what changed, never show more
            log.warn("The search index could not read the latest changes: {}", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private void keepUp() {
        if (!ready) {
            Instant failed = failedAt;
            if (failed != null && failed.plus(RETRY).isBefore(Instant.now())) {
                failedAt = null;
                openOrBuild();
            }
            return;
        }
        lock.lock();
        try {
            if (!catchUp(MOST_CHANGES)) {
                build(); // a bulk load: reading every row is faster than reading each change
            }
        } catch (RuntimeException e) {
            log.warn("The search index could not read the latest changes: {}", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /**
     * One statement takes the database's snapshot and the changes it holds that the last one did not; their rows
     * are read after it, so they are at least as new. False, and nothing done, when there are more than
     * {@code most} changes.
     */
    private boolean catchUp(int most) {
        if (lucene == null || snapshot == null) {
            return true;
        }
        String[] now = {null};
        Map<String, Set<Long>> changed = new HashMap<>();
        int[] count = {0};
        jdbc.query("select s.now, c.table_name, c.row_id from (select cast(pg_current_snapshot() as varchar) as now) s"
                + " left join search_change c on c.xid >= pg_snapshot_xmin(cast(:since as pg_snapshot))"
                + " and not pg_visible_in_snapshot(c.xid, cast(:since as pg_snapshot)) limit :limit",
                new MapSqlParameterSource("since", snapshot).addValue("limit", most + 1), rs -> {
                    now[0] = rs.getString(1);
                    String table = rs.getString(2);
                    if (table != null) {
                        count[0]++;
                        changed.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(rs.getLong(3));
                    }
                });
        if (count[0] > most) {
            return false;
        }
        if (!changed.isEmpty()) {
            for (TableSearch table : tables) {
                apply(table, changed);
            }
        }
        snapshot = now[0];
        if (lucene.hasChanges() || Duration.between(committedAt, Instant.now()).toMinutes() >= 10) {
            commit(snapshot);
        }
        return true;
    }

    /** Reads again the rows of a table that changed, and those whose facts come from a changed row of another. */
    private void apply(TableSearch table, Map<String, Set<Long>> changed) {
        Set<Long> ids = new LinkedHashSet<>(changed.getOrDefault(table.table().name(), Set.of()));
        IndexedFacts facts = table.facts();
        Set<Long> followed = facts.followedTable() == null ? Set.of()
                : changed.getOrDefault(facts.followedTable(), Set.of());
        for (List<Long> chunk : chunks(followed)) {
            ids.addAll(jdbc.queryForList("select x.id from " + table.table().name() + " x where x."
                    + facts.followingColumn() + " in (:ids)", new MapSqlParameterSource("ids", chunk), Long.class));
        }
        for (List<Long> chunk : chunks(ids)) {
            List<LuceneIndex.Row> rows = jdbc.query(IndexedRows.select(table) + table.alias() + ".id in (:ids)",
                    new MapSqlParameterSource("ids", chunk), (rs, n) -> IndexedRows.row(table, rs));
            lucene.replace(table.kind().name(), chunk, rows);
        }
    }

    /** The kind's ids the index finds for the words and the reader's visibility, newest first. */
    List<Long> find(SearchKind kind, SearchQuery query, Visibility reader, int limit) {
        LuceneIndex index = lucene;
        if (index == null) {
            return List.of();
        }
        return index.find(kind.name(), query.words(), query.code() != null, reader.clauses(), limit);
    }

    private void forgetOldChanges() {
        try {
            int gone = jdbc.update("delete from search_change where changed_at < :before",
                    new MapSqlParameterSource("before", java.sql.Timestamp.from(Instant.now().minus(KEPT))));
            if (gone > 0) {
                log.info("Search index: {} changes older than {} forgotten", gone, KEPT);
            }
        } catch (RuntimeException e) {
            log.warn("Old search changes could not be deleted: {}", e.getMessage());
        }
    }

    private void commit(String at) {
        snapshot = at;
        committedAt = Instant.now();
        lucene.commit(Map.of(DATABASE, identity, SNAPSHOT, at, READ_AT, String.valueOf(committedAt.toEpochMilli())));
    }

    private String currentSnapshot() {
        return jdbc.getJdbcTemplate().queryForObject("select cast(pg_current_snapshot() as varchar)", String.class);
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 1_000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1_000)));
        }
        return chunks;
    }
}
