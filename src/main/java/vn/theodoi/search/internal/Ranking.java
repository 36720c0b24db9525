package vn.theodoi.search.internal;

import java.util.Comparator;
import java.util.List;

import vn.theodoi.search.SearchCandidate;
import vn.theodoi.search.SearchKind;
import vn.theodoi.search.SearchQuery;
import vn.theodoi.shared.VietnameseText;

/**
 * The order of results: the thing whose code is what was typed, then the thing whose code is among the typed words
 * ("kết luận 28-KL/BCĐTW"), then those whose title holds the words one after
 * another, then those whose title holds every word, then those whose text holds the phrase, then the rest; alike
 * results newest first. A person who types "VA-2024-0012" wants that case, not the notes that quote it.
 */
public final class Ranking {

    public static final int EXACT_CODE = 1000;
    public static final int CODE_AMONG_WORDS = 900;
    public static final int PHRASE_IN_TITLE = 400;
    public static final int WORDS_IN_TITLE = 300;
    public static final int PHRASE_IN_TEXT = 200;
    public static final int WORDS_ANYWHERE = 100;

    private Ranking() {
    }

    public static int score(SearchQuery query, SearchCandidate found) {
        if (query.code() != null && query.code().equalsIgnoreCase(found.code())) {
            return EXACT_CODE;
        }
        if (found.code() != null && Highlighter.holdsPhrase(query.text(), codeWords(found.code()))) {
            return CODE_AMONG_WORDS;
        }
        if (Highlighter.holdsPhrase(found.title(), query.words())) {
            return PHRASE_IN_TITLE;
        }
        if (Highlighter.holdsAll(found.title(), query.words())) {
            return WORDS_IN_TITLE;
        }
        if (Highlighter.holdsPhrase(found.text(), query.words())) {
            return PHRASE_IN_TEXT;
        }
        return WORDS_ANYWHERE;
    }

    /** The words of a code with a digit ("28-KL/BCĐTW" → 28 kl bcdtw); none for a code without one. */
    private static List<String> codeWords(String code) {
        String words = VietnameseText.searchWords(code);
        return words.chars().anyMatch(Character::isDigit) ? List.of(words.split(" ")) : List.of();
    }

    /** A found thing with its score and kind, as the ranking orders them. */
    public record Scored(SearchKind kind, SearchCandidate found, int score) {
    }

    /** Best first: by score, then newest, then by kind, then by newest id. */
    public static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.found().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Scored::kind)
            .thenComparing(s -> s.found().id(), Comparator.reverseOrder());
}
