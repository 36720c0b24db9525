package vn.theodoi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.theodoi.access.Where;
import vn.theodoi.shared.VietnameseText;

/**
 * What a person typed in the search box, as the search keys hold it: its words folded (no diacritics, lower
 * case, punctuation as spaces), and, when it looks like one, the code it may be ("VA-2024-0012").
 *
 * @param text  the text as typed, NFC, at most {@link #MAX_LENGTH} characters
 * @param words its distinct folded words, at most {@link #MAX_WORDS}
 * @param code  the text in capitals when it looks like a code (letters and digits joined by - . /), else null
 */
public record SearchQuery(String text, List<String> words, String code) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;

    /** Letters (Đ too: "27-KL/BCĐTW") and digits joined by - . /, or one run of letters and digits with a digit. */
    private static final Pattern CODE = Pattern.compile("[\\p{Lu}0-9]+([-./][\\p{Lu}0-9]+)+|\\p{Lu}*[0-9][\\p{Lu}0-9]*");

    public SearchQuery {
        words = List.copyOf(words);
    }

    public static SearchQuery of(String typed) {
        String text = VietnameseText.clean(typed);
        if (text == null) {
            return new SearchQuery("", List.of(), null);
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> words = new ArrayList<>();
        for (String word : VietnameseText.searchWords(text).split(" ")) {
            if (!word.isEmpty() && !words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return new SearchQuery(text, words, CODE.matcher(upper).matches() ? upper : null);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words one space apart, as they stand in a search key when they stand together. */
    public String phrase() {
        return String.join(" ", words);
    }

    /**
     * Narrows a where-clause to the same rows as {@link #narrow}, on PostgreSQL, through the word index (V82): every
     * word is a lexeme of {@code to_tsvector('simple', key)}, whose parser splits a key into exactly its words. A
     * word's posting list holds the rows that have it, where a trigram's holds every row with a word that contains
     * the three letters: "dau" alone is in most keys as a trigram, and the bitmap of a moderately common word had to
     * be read and rechecked whole (100-350 ms at a million records). A code's words must stand together: the index
     * is given only {@code rarest} of them ("83" and "2023" of "B-VA-2023-83", not "b" and "va", which are in every
     * record's key) and the phrase is checked on its rows, in a form no trigram index answers (PostgreSQL otherwise
     * added the trigram bitmap of the whole phrase: 83 ms, where the two words find the row in 0.2 ms).
     */
    public Where indexedWords(Where where, String keyColumn, List<String> rarest) {
        boolean codePhrase = code != null && words.size() > 1;
        // the words are a-z and 0-9 only (VietnameseText.searchWords): nothing in them is tsquery syntax
        where.and(wordVector(keyColumn) + " @@ to_tsquery('simple'::regconfig, :searchWords)")
                .param("searchWords", String.join(" & ", codePhrase ? rarest : words));
        if (codePhrase) {
            where.and("position(:searchPhrase in " + keyColumn + ") > 0").param("searchPhrase", " " + phrase() + " ");
        }
        return where;
    }

    /** The expression the word index is built on; a statement must repeat it exactly for the index to be used. */
    public static String wordVector(String keyColumn) {
        return "to_tsvector('simple'::regconfig, " + keyColumn + ")";
    }

    /**
     * Narrows a where-clause to the rows whose search key (a {@link VietnameseText#searchKey} column) holds every
     * word whole: {@code key like '% word %'}. Only the two longest words of three letters or more (or the longest
     * word, when none has three) are written so that a trigram index answers them on PostgreSQL; the others are
     * checked on those rows ({@code position(' word ' in key) > 0}, which no index matches and which PostgreSQL
     * expects to keep a third of the rows). Short words are in most keys ("y", "te", "an"): their trigrams' posting
     * lists are long, and PostgreSQL, taking the words as independent, would read them all in a bitmap where
     * walking the newest rows finds ten matches at once ("thiết bị y tế" at a million records: 868 ms with every
     * word indexed, 5 ms so). A code's words must stand together, as one pattern.
     */
    public Where narrow(Where where, String keyColumn) {
        if (code != null && words.size() > 1) {
            // a code's words stand together wherever it is named; as one pattern its trigrams find it at once,
            // where its short words ("b va 2023 83") alone would walk every row
            return where.and(keyColumn + " like :searchPhrase").param("searchPhrase", "% " + phrase() + " %");
        }
        List<String> longestFirst = words.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        List<String> indexed = longestFirst.stream().filter(w -> w.length() >= 3).limit(2).toList();
        if (indexed.isEmpty()) {
            indexed = longestFirst.subList(0, 1);
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (indexed.contains(word)) {
                where.and(keyColumn + " like :searchWord" + i).param("searchWord" + i, "% " + word + " %");
            } else {
                where.and("position(:searchWord" + i + " in " + keyColumn + ") > 0").param("searchWord" + i,
                        " " + word + " ");
            }
        }
        return where;
    }
}
