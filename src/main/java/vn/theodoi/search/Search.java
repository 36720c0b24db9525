package vn.theodoi.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.search.internal.Highlighter;
import vn.theodoi.search.internal.Ranking;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.ReadRouting;

/**
 * The one search: asks every {@link SearchSource} for the reader's matches, ranks them together
 * ({@link Ranking}), groups them by kind and marks the searched words. Showing a classified result is audited.
 *
 * <p>The sources are asked at once, each in its own read-only transaction on one of {@link #ASKERS} threads: a
 * search waits for its slowest kind, not for the sum of nine. The request's thread holds no connection while it
 * waits, so searches queued behind others never starve the askers of connections.
 */
@Service
public class Search {

    /** The most results of one kind a search returns. */
    public static final int MAX_LIMIT = 50;

    /**
     * The threads that ask sources: two per core, as a statement's time is partly the round trip; the database does
     * the work, and many more would only queue there.
     */
    static final int ASKERS = Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));

    private final List<SearchSource> sources;
    private final AuditLog audit;
    private final TransactionTemplate reading;
    private final ExecutorService askers;
    private final SearchIndex index;

    Search(List<SearchSource> sources, AuditLog audit, PlatformTransactionManager transactions, SearchIndex index) {
        this.index = index;
        this.sources = sources.stream().sorted(Comparator.comparing(SearchSource::kind)).toList();
        this.audit = audit;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        AtomicInteger n = new AtomicInteger();
        this.askers = Executors.newFixedThreadPool(ASKERS, r -> {
            Thread t = new Thread(r, "search-asker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        askers.shutdownNow();
    }

    /**
     * Whether the search index answers (on PostgreSQL, once built; else the sources read their tables): for
     * operators and the benchmark, which waits for it.
     */
    public boolean indexReady() {
        return index.ready();
    }

    /**
     * The reader's results for what was typed: every kind, or only {@code only}; at most {@code limit} ranked
     * results and {@code limit} per group. An empty text finds nothing.
     */
    public SearchResults search(TheodoiUser reader, String typed, SearchKind only, int limit) {
        SearchQuery query = SearchQuery.of(typed);
        int wanted = Math.max(1, Math.min(limit, MAX_LIMIT));
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), List.of());
        }
        index.catchUpForSearch(); // what was committed before this search, its reader's own writes among it
        boolean replica = ReadRouting.replicaAllowed();
        Map<SearchKind, CompletableFuture<List<SearchCandidate>>> asked = new EnumMap<>(SearchKind.class);
        for (SearchSource source : sources) {
            if (only == null || source.kind() == only) {
                asked.put(source.kind(), CompletableFuture.supplyAsync(
                        () -> replica ? ReadRouting.withReplica(() -> ask(source, reader, query, wanted))
                                : ask(source, reader, query, wanted), askers));
            }
        }
        Map<SearchKind, List<Ranking.Scored>> byKind = new EnumMap<>(SearchKind.class);
        asked.forEach((kind, answer) -> {
            List<SearchCandidate> found = answered(answer);
            if (!found.isEmpty()) {
                byKind.put(kind, found.stream().map(f -> new Ranking.Scored(kind, f, Ranking.score(query, f)))
                        .sorted(Ranking.BEST_FIRST).toList());
            }
        });
        List<Ranking.Scored> all = byKind.values().stream().flatMap(List::stream).sorted(Ranking.BEST_FIRST)
                .limit(wanted).toList();
        List<SearchResults.Group> groups = new ArrayList<>();
        byKind.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().get(0), Ranking.BEST_FIRST))
                // a kind that filled the page may hold more: counting them all is what made a common word slow
                .forEach(e -> groups.add(new SearchResults.Group(e.getKey(), e.getValue().size() >= wanted,
                        e.getValue().stream().map(s -> hit(query, s)).toList())));
        auditClassified(byKind);
        return new SearchResults(query, all.stream().map(s -> hit(query, s)).toList(), groups);
    }

    /** One source's matches, in a read-only transaction of the asking thread; none from a module not the reader's. */
    private List<SearchCandidate> ask(SearchSource source, TheodoiUser reader, SearchQuery query, int limit) {
        try {
            return reading.execute(status -> source.find(reader, query, limit));
        } catch (ForbiddenException notThisReadersModule) {
            return List.of();
        }
    }

    private static List<SearchCandidate> answered(CompletableFuture<List<SearchCandidate>> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static SearchHit hit(SearchQuery query, Ranking.Scored scored) {
        SearchCandidate f = scored.found();
        String snippet = Highlighter.snippet(f.text(), query.words());
        return new SearchHit(scored.kind(), f.id(), f.code(), f.title(), snippet, f.path(),
                Highlighter.parts(f.title(), query.words()), Highlighter.parts(snippet, query.words()));
    }

    private void auditClassified(Map<SearchKind, List<Ranking.Scored>> shown) {
        List<SearchKind> kinds = new ArrayList<>();
        long classified = 0;
        for (var e : shown.entrySet()) {
            long n = e.getValue().stream().filter(s -> s.found().classified()).count();
            if (n > 0) {
                kinds.add(e.getKey());
                classified += n;
            }
        }
        if (classified > 0) {
            audit.recordEvent("SEARCH_CLASSIFIED_SHOWN", "SEARCH", null, AuditOutcome.SUCCESS,
                    AuditDetails.of().count("classified", classified).kinds("kinds", kinds));
        }
    }
}
