package vn.theodoi.ingest.internal.engine;

import java.util.List;

/**
 * A sentence (or the part of one between semicolons) that directs work, tokens {@code [from, to)}: what is to
 * be done ({@code title}, taken from the directing words on, without the addressee and the deadline), who is to
 * lead it ({@code leadCode}, when the text names the body), with whom ({@code coordinatorCodes}), by when
 * ({@code due}) and the record it concerns ({@code recordId}), each when the text gives it.
 */
public record Directive(int from, int to, String title, String leadCode, List<String> coordinatorCodes,
        DateMention due, Long recordId) {
}
