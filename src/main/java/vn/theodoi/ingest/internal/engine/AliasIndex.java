package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary's names as token sequences, matched against a text's tokens: at each position the
 * longest name wins, whole words only (tokens are syllables, so "An" never matches inside "Anh").
 * Words compare without diacritics only where the text has none ({@link Token#sameWord}). Case follows
 * a {@link Capitals} rule per name.
 */
final class AliasIndex {

    /** Which words of a name must be capitalized in the text too. */
    enum Capitals {
        /** Codes: any case. */
        NONE,
        /** Organizations: the first word ("Ban chỉ đạo" is still the committee). */
        FIRST,
        /** Proper names (companies, places, persons): every word the name capitalizes. */
        ALL
    }

    private record Alias(List<Token> words, Match.Kind kind, String key, Capitals capitals, String via) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    private final Set<String> taken = new java.util.HashSet<>();
    private int longest = 1;

    /** Adds a name; returns false (and adds nothing) if it is blank. */
    boolean add(String name, Match.Kind kind, String key, Capitals capitals, String via) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<Token> words = Tokens.of(name);
        if (words.isEmpty()) {
            return false;
        }
        byFirstWord.computeIfAbsent(words.get(0).folded(), k -> new ArrayList<>())
                .add(new Alias(words, kind, key, capitals, via));
        taken.add(foldedKey(words));
        longest = Math.max(longest, words.size());
        return true;
    }

    /** Whether some name of the index is written with these words (without diacritics and case). */
    boolean holds(String name) {
        return taken.contains(foldedKey(Tokens.of(name)));
    }

    private static String foldedKey(List<Token> words) {
        StringBuilder key = new StringBuilder();
        words.forEach(w -> key.append(w.folded()).append(' '));
        return key.toString();
    }

    /** Every name found, left to right, none overlapping: the longest at each position. */
    List<Match> scan(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best == null || partOfLongerName(best, tokens)) {
                i++;
            } else {
                matches.add(best);
                i = best.to();
            }
        }
        return matches;
    }

    /**
     * A company's or a person's name found inside a longer run of capitalized words is another name: "Thịnh An"
     * in "Hưng Thịnh An Phát". Before the name, words that only say what kind of body follows ("Công ty", "Vụ")
     * do not count; after it, a name the dictionary knows (a province) does not.
     */
    private boolean partOfLongerName(Match match, List<Token> tokens) {
        if (!(match.kind() == Match.Kind.RECORD && "NAME".equals(match.via()) || match.kind() == Match.Kind.PERSON)) {
            return false;
        }
        if (match.from() > 0 && continuesName(tokens.get(match.from() - 1))) {
            return true;
        }
        Token next = match.to() < tokens.size() ? tokens.get(match.to()) : null;
        return next != null && next.isWord() && next.capitalized() && !next.paragraphStart()
                && longestAt(tokens, match.to()) == null;
    }

    private static boolean continuesName(Token token) {
        return token.isWord() && token.capitalized() && !Vocabulary.GENERIC.contains(token.lower());
    }

    private Match longestAt(List<Token> tokens, int at) {
        List<Alias> candidates = byFirstWord.get(tokens.get(at).folded());
        if (candidates == null) {
            return null;
        }
        int bestLength = 0;
        List<Alias> best = new ArrayList<>();
        for (Alias alias : candidates) {
            int length = alias.words().size();
            if (length < bestLength || !matchesAt(alias, tokens, at)) {
                continue;
            }
            if (length > bestLength) {
                best.clear();
                bestLength = length;
            }
            best.add(alias);
        }
        if (best.isEmpty()) {
            return null;
        }
        // one kind per span: a record's code first, then organizations, provinces, records' names, persons
        Alias first = best.stream().min(java.util.Comparator.comparingInt(AliasIndex::rank)).orElseThrow();
        Set<String> keys = new LinkedHashSet<>();
        best.stream().filter(a -> a.kind() == first.kind() && java.util.Objects.equals(a.via(), first.via()))
                .forEach(a -> keys.add(a.key()));
        return new Match(at, at + bestLength, first.kind(), List.copyOf(keys), first.via());
    }

    private static int rank(Alias alias) {
        if (alias.kind() == Match.Kind.RECORD && "CODE".equals(alias.via())) {
            return 0;
        }
        return switch (alias.kind()) {
            case ORGANIZATION -> 1;
            case PROVINCE -> 2;
            case RECORD -> 3;
            case PERSON -> 4;
        };
    }

    private static boolean matchesAt(Alias alias, List<Token> tokens, int at) {
        List<Token> words = alias.words();
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token word = words.get(k);
            Token text = tokens.get(at + k);
            if (!text.sameWord(word) || text.isPunct() != word.isPunct()) {
                return false;
            }
            boolean mustCapital = word.capitalized() && switch (alias.capitals()) {
                case NONE -> false;
                case FIRST -> k == 0;
                case ALL -> true;
            };
            if (mustCapital && !text.capitalized()) {
                return false;
            }
        }
        return true;
    }

    int longest() {
        return longest;
    }
}
