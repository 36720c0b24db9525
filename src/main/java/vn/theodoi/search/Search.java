package vn.theodoi.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.search.internal.Highlighter;
import vn.theodoi.search.internal.Ranking;
import vn.theodoi.shared.ForbiddenException;

/**
 * The one search: asks every {@link SearchSource} for the reader's matches, ranks them together
 * ({@link Ranking}), groups them by kind and marks the searched words. Showing a classified result is audited.
 */
@Service
public class Search {

    /** The most results of one kind a search returns. */
    public static final int MAX_LIMIT = 50;

    private final List<SearchSource> sources;
    private final AuditLog audit;

    Search(List<SearchSource> sources, AuditLog audit) {
        this.sources = sources.stream().sorted(Comparator.comparing(SearchSource::kind)).toList();
        this.audit = audit;
    }

    /**
     * The reader's results for what was typed: every kind, or only {@code only}; at most {@code limit} ranked
     * results and {@code limit} per group. An empty text finds nothing.
     */
    @Transactional(readOnly = true)
    public SearchResults search(TheodoiUser reader, String typed, SearchKind only, int limit) {
        SearchQuery query = SearchQuery.of(typed);
        int wanted = Math.max(1, Math.min(limit, MAX_LIMIT));
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), List.of());
        }
        Map<SearchKind, List<Ranking.Scored>> byKind = new EnumMap<>(SearchKind.class);
        for (SearchSource source : sources) {
            if (only != null && source.kind() != only) {
                continue;
            }
            List<SearchCandidate> found;
            try {
                found = source.find(reader, query, wanted);
            } catch (ForbiddenException notThisReadersModule) {
                continue;
            }
            if (!found.isEmpty()) {
                byKind.put(source.kind(), found.stream()
                        .map(f -> new Ranking.Scored(source.kind(), f, Ranking.score(query, f)))
                        .sorted(Ranking.BEST_FIRST).toList());
            }
        }
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
