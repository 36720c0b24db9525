package vn.theodoi.search;

import java.util.List;

/**
 * One result as it is shown: its kind, where it leads, its title and a snippet of its text, each cut into parts
 * with the searched words marked.
 */
public record SearchHit(SearchKind kind, long id, String code, String title, String snippet, String path,
        List<Part> titleParts, List<Part> snippetParts) {

    /** A run of a shown text, marked when it is a searched word. */
    public record Part(String text, boolean match) {
    }
}
