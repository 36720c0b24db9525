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
     * @param more whether the kind filled its page, so that more may match (they are not counted: at a million
     *             records, counting a common word's matches cost more than finding the page)
     */
    public record Group(SearchKind kind, boolean more, List<SearchHit> hits) {

        /** How many of this kind are shown. */
        public long count() {
            return hits.size();
        }
    }

    public long total() {
        return groups.stream().mapToLong(Group::count).sum();
    }
}
