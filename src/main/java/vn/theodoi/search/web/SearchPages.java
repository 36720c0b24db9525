package vn.theodoi.search.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.search.Search;
import vn.theodoi.search.SearchKind;

/**
 * The results page of the header's search box: every kind's best results in its group, or one kind's results
 * when a group's "all" link is followed.
 */
@Controller
class SearchPages {

    /** Results per group when every kind is shown. */
    static final int PER_GROUP = 5;

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String results(@AuthenticationPrincipal TheodoiUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, Model model) {
        SearchKind only = SearchKind.named(kind);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("only", only);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("results", search.search(user, q, only, only == null ? PER_GROUP : Search.MAX_LIMIT));
        return "search/results";
    }
}
