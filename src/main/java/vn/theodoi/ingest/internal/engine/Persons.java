package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons: a Vietnamese name (a family name, then one to three capitalized words) after a title or a position
 * ("ông", "bị can", "Trưởng Ban Nội chính Trung ương"), or followed by one ("Võ Văn Dũng – Phó Trưởng Ban ...",
 * "Trần B, nguyên Giám đốc ..."), or any person of the dictionary. The role is the position next to the name:
 * before it up to the clause's start, or after a dash, comma or bracket, up to the end of the first body it names.
 */
public final class Persons {

    private Persons() {
    }

    public static List<PersonMention> find(List<Token> tokens, List<Match> names, List<Dictionary.PersonEntry> known) {
        List<PersonMention> found = new ArrayList<>();
        boolean[] named = new boolean[tokens.size()];
        Match[] nameAt = new Match[tokens.size() + 1];
        for (Match m : names) {
            nameAt[m.from()] = m;
            if (m.kind() != Match.Kind.PERSON) {
                for (int k = m.from(); k < m.to(); k++) {
                    named[k] = true;
                }
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Match dictionary = nameAt[i] != null && nameAt[i].kind() == Match.Kind.PERSON ? nameAt[i] : null;
            int end;
            int person = -1;
            if (dictionary != null) {
                end = dictionary.to();
                person = Integer.parseInt(dictionary.keys().get(0));
            } else {
                end = nameEnd(tokens, i, named);
                if (end < 0) {
                    i++;
                    continue;
                }
            }
            int[] before = roleBefore(tokens, i, named);
            int[] after = before == null ? roleAfter(tokens, end, nameAt) : null;
            String procedural = procedural(tokens, i);
            boolean cue = honorificBefore(tokens, i) || before != null || after != null || procedural != null;
            if (!cue && person < 0) {
                i++;
                continue;
            }
            String name = text(tokens, i, end);
            int[] role = before != null ? before : after;
            String roleText = role == null ? null : text(tokens, role[0], role[1]);
            if (procedural == null && person >= 0 && known.get(person).role() != null && roleText == null) {
                procedural = known.get(person).role();
            }
            found.add(new PersonMention(i, end, name, roleText, procedural, person, role == null ? -1 : role[0],
                    role == null ? -1 : role[1]));
            i = end;
        }
        return found;
    }

    /** The end of a name starting at {@code at}: a family name and 1 to 3 capitalized words; -1 if none. */
    private static int nameEnd(List<Token> tokens, int at, boolean[] named) {
        Token first = tokens.get(at);
        if (named[at] || !first.isWord() || !first.capitalized() || !Vocabulary.SURNAMES.contains(first.lower())
                || at > 0 && tokens.get(at - 1).isWord() && tokens.get(at - 1).capitalized()
                        && !Vocabulary.GENERIC.contains(tokens.get(at - 1).lower())) {
            return -1;
        }
        int end = at + 1;
        while (end < tokens.size() && end - at < 4 && !named[end] && tokens.get(end).isWord()
                && tokens.get(end).capitalized() && tokens.get(end).text().length() <= 7
                && !tokens.get(end).allCaps() && !startsPosition(tokens, end)) {
            end++;
        }
        return end - at >= 2 ? end : -1;
    }

    private static boolean honorificBefore(List<Token> tokens, int at) {
        for (String honorific : Vocabulary.HONORIFICS) {
            String[] words = honorific.split(" ");
            int from = at - words.length;
            if (from < 0) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < words.length && same; k++) {
                same = tokens.get(from + k).is(words[k]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static String procedural(List<Token> tokens, int at) {
        for (var entry : Vocabulary.PROCEDURAL.entrySet()) {
            String[] words = entry.getKey().split(" ");
            int from = at - words.length;
            boolean same = from >= 0;
            for (int k = 0; k < words.length && same; k++) {
                same = tokens.get(from + k).is(words[k]) || tokens.get(from + k).text().equals(words[k]);
            }
            if (same) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Lower-case words a position may hold between its first word and the name ("Phó Trưởng Ban thường trực"). */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("thường", "trực", "tỉnh", "thành", "phố",
            "huyện", "ủy", "viên", "ban", "ty", "trưởng", "đốc", "tịch", "thư", "án", "sát", "tra", "toán", "nhiệm",
            "lý", "bộ", "phòng", "tướng", "tá", "quản", "trị", "hội", "đồng");

    /**
     * A position right before the name ("Trưởng Ban Nội chính Trung ương Phan Văn A"), made only of capitalized
     * words, bodies the text names and the few lower-case words titles hold; none after "ông", "bà", "bị can".
     */
    private static int[] roleBefore(List<Token> tokens, int at, boolean[] named) {
        if (honorificBefore(tokens, at)) {
            return null;
        }
        int earliest = -1;
        for (int k = at - 1; k >= 0 && at - k <= 14; k--) {
            Token t = tokens.get(k);
            boolean allowed = named[k]
                    || t.isWord() && (t.capitalized() || TITLE_WORDS.contains(t.lower()) || t.is("nguyên"));
            if (!allowed) {
                break;
            }
            if (startsPosition(tokens, k)) {
                earliest = k;
            }
        }
        return earliest < 0 ? null : new int[] {earliest, at};
    }

    /** A position after a dash, comma or bracket: to the end of the first body it names, or six words. */
    private static int[] roleAfter(List<Token> tokens, int end, Match[] nameAt) {
        if (end + 1 >= tokens.size() || !tokens.get(end).isPunct("–-—,(")) {
            return null;
        }
        int from = end + 1;
        if (!startsPosition(tokens, from)) {
            return null;
        }
        int k = from;
        while (k < tokens.size() && k - from < 16 && !tokens.get(k).isPunct(",.;:)–—\"”")) {
            Match body = nameAt[k];
            if (body != null && body.kind() != Match.Kind.PERSON) {
                return new int[] {from, body.to()};
            }
            k++;
        }
        return k - from <= 6 ? new int[] {from, k} : null;
    }

    /** Whether a position starts at {@code at}: "Trưởng", "Phó Chủ tịch", "nguyên", "Giám đốc" ... */
    static boolean startsPosition(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (int k = at; k < Math.min(tokens.size(), at + 5); k++) {
            if (!tokens.get(k).isWord()) {
                break;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(tokens.get(k).lower());
            if (Vocabulary.POSITIONS.contains(words.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && !(t.isPunct(",.;:)") || tokens.get(k - 1).isPunct("("))) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return text.toString();
    }
}
