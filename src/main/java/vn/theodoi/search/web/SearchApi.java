package vn.theodoi.search.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.search.Search;
import vn.theodoi.search.SearchHit;
import vn.theodoi.search.SearchKind;
import vn.theodoi.search.SearchResults;
import vn.theodoi.shared.InvalidParameterException;

/** The one search for programs: the ranked results across every kind (or one), with the searched words' places. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @Operation(summary = "Find records, persons, tasks, meetings, proposals, inspections, hot spots, notes and"
            + " attachments by their words, as the caller may see them",
            description = "Whole words, with or without diacritics; every word must be in the item. An item whose"
                    + " code is q comes first. counts holds how many of each kind are returned; more is true for a kind"
                    + " that filled the limit, which may hold more (ask for it alone with kind and a higher limit)."
                    + " 400 for an empty q or an unknown kind.")
    @GetMapping
    Answer search(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "10") int limit) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "search.queryRequired");
        }
        SearchKind only = SearchKind.named(kind);
        if (kind != null && !kind.isBlank() && only == null) {
            throw new InvalidParameterException("kind", "search.kindUnknown");
        }
        if (limit < 1 || limit > Search.MAX_LIMIT) {
            throw new InvalidParameterException("limit", "search.limitRange");
        }
        SearchResults found = search.search(user, q, only, limit);
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Boolean> more = new EnumMap<>(SearchKind.class);
        found.groups().forEach(g -> {
            counts.put(g.kind(), g.count());
            more.put(g.kind(), g.more());
        });
        return new Answer(found.query().text(), counts, more, found.ranked().stream().map(Result::of).toList());
    }

    /** What the search answers: each kind's count, and the results best first. */
    record Answer(String q, Map<SearchKind, Long> counts, Map<SearchKind, Boolean> more, List<Result> results) {
    }

    /**
     * One result. {@code highlights} are the [start, end) character ranges of the searched words in the title
     * ({@code field = title}) and the snippet ({@code field = snippet}).
     */
    record Result(SearchKind kind, long id, String code, String title, String snippet, String url,
            List<Highlight> highlights) {

        static Result of(SearchHit hit) {
            List<Highlight> highlights = new ArrayList<>();
            ranges("title", hit.titleParts(), highlights);
            ranges("snippet", hit.snippetParts(), highlights);
            return new Result(hit.kind(), hit.id(), hit.code(), hit.title(), hit.snippet(), hit.path(), highlights);
        }

        private static void ranges(String field, List<SearchHit.Part> parts, List<Highlight> into) {
            int at = 0;
            for (SearchHit.Part part : parts) {
                if (part.match()) {
                    into.add(new Highlight(field, at, at + part.text().length()));
                }
                at += part.text().length();
            }
        }
    }

    record Highlight(String field, int start, int end) {
    }
}
