package vn.theodoi.search;

import java.util.List;

import vn.theodoi.access.TheodoiUser;

/**
 * What a module that holds searchable things tells this one (a service provider interface): one Spring bean
 * per {@link SearchKind}, in the owning module. Every statement carries the owner's visibility policy and
 * {@link SearchQuery#narrow} in its where-clause; nothing is filtered after loading. The one exception is a module
 * whose things take their visibility from another module's (attachments, from their owners): it reads only the
 * candidates' ids, asks the owner in one query which the reader may see, and loads nothing else of the others.
 */
public interface SearchSource {

    SearchKind kind();

    /**
     * The reader's matches, at most {@code limit}: the one whose code equals {@link SearchQuery#code} first,
     * then the newest. A reader who may not use the module at all gets an empty list.
     */
    List<SearchCandidate> find(TheodoiUser reader, SearchQuery query, int limit);

}
