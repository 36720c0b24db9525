package vn.theodoi.search;

import java.time.LocalDate;

/**
 * One thing a {@link SearchSource} found, in the words the reader may see.
 *
 * @param id         its id in its module
 * @param code       its code or number, when it has one
 * @param title      what the result is called (a record's title, a person's name, a file's name)
 * @param text       the longer text the words may be in (summary, note, the attachment's text); may be null
 * @param path       the page that shows it: {@code /records/12}
 * @param classified whether it is classified (its being shown is audited)
 * @param date       when it last changed or happened, for ranking alike results; may be null
 */
public record SearchCandidate(long id, String code, String title, String text, String path, boolean classified,
        LocalDate date) {
}
