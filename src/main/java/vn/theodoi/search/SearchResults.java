package vn.theodoi.search;

import java.util.List;

/**
 * What a search found for its reader: the results ranked across every kind, and grouped by kind with how many
 * each kind holds.
 *
 * @param query  what was searched for
 * @param ranked the best results of every kind, best first (an exact code first)
 * @param groups one group per kind with results, the kind with the best result first
 */
public record SearchResults(SearchQuery query, List<SearchHit> ranked, List<Group> groups) {

    /**
     * The results of one kind.
     *
     * @param count how many of this kind match, counted up to {@link Search#COUNT_CAP}
     * @param more  whether more than {@link Search#COUNT_CAP} match
     */
    public record Group(SearchKind kind, long count, boolean more, List<SearchHit> hits) {
    }

    public long total() {
        return groups.stream().mapToLong(Group::count).sum();
    }
}
