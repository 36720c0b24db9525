package vn.theodoi.search.internal;

import java.util.ArrayList;
import java.util.List;

import vn.theodoi.search.SearchHit.Part;
import vn.theodoi.shared.VietnameseText;

/**
 * Marks the searched words in a text as it is shown, with its diacritics: "dau thau" marks "đấu thầu" and
 * "Đấu Thầu", whole words only, found in {@link VietnameseText#foldInPlace}: a match there is the same span in
 * the text shown.
 */
public final class Highlighter {

    /** The longest snippet shown under a result's title, in characters. */
    static final int SNIPPET_LENGTH = 220;
    private static final int BEFORE_MATCH = 60;

    private Highlighter() {
    }

    /** The text cut into parts, the searched words marked; one unmarked part when nothing matches. */
    public static List<Part> parts(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = marks(text, words);
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                parts.add(new Part(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }

    /**
     * The part of a long text around the first searched word, at most {@link #SNIPPET_LENGTH} characters, cut at
     * spaces, with "…" where it was cut; the text's beginning when no word is in it.
     */
    public static String snippet(String text, List<String> words) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int first = firstMark(marks(flat, words));
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE_MATCH);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space >= first ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
    }

    /** Whether the text holds every word whole (folded as search keys are). */
    static boolean holdsAll(String text, List<String> words) {
        if (text == null) {
            return false;
        }
        String folded = VietnameseText.foldInPlace(text);
        return words.stream().allMatch(w -> find(folded, w, 0) >= 0);
    }

    /** Whether the text holds the words one after another (folded, spaces and punctuation between them alike). */
    static boolean holdsPhrase(String text, List<String> words) {
        if (text == null || words.isEmpty()) {
            return false;
        }
        String folded = (" " + VietnameseText.foldInPlace(text) + " ").replaceAll(" +", " ");
        return folded.contains(" " + String.join(" ", words) + " ");
    }

    private static boolean[] marks(String text, List<String> words) {
        String folded = VietnameseText.foldInPlace(text);
        boolean[] marked = new boolean[text.length()];
        for (String word : words) {
            for (int at = find(folded, word, 0); at >= 0; at = find(folded, word, at + word.length())) {
                for (int i = at; i < at + word.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    private static int firstMark(boolean[] marked) {
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The next whole-word occurrence of the word at or after {@code from}, or -1. */
    private static int find(String folded, String word, int from) {
        for (int at = folded.indexOf(word, from); at >= 0; at = folded.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || folded.charAt(at - 1) == ' ';
            int end = at + word.length();
            boolean endsWord = end == folded.length() || folded.charAt(end) == ' ';
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }
}
