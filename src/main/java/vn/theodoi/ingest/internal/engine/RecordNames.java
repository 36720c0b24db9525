package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The company and project names a record's title gives, as texts name the record: "Vụ án vi phạm quy định về
 * đấu thầu xảy ra tại Công ty Cổ phần Thiết bị Y tế Minh Khang và các đơn vị liên quan" gives the company's full
 * name, "Minh Khang" (the run of capitalized words a news report says: "vụ Minh Khang") and nothing shorter than
 * two words unless the word is unlike any Vietnamese syllable ("Viettel").
 */
public final class RecordNames {

    /** Words that open the name of a company, a body or a project in a title. */
    private static final List<List<String>> OPENERS = List.of(List.of("tổng", "công", "ty"), List.of("công", "ty"),
            List.of("tập", "đoàn"), List.of("ngân", "hàng"), List.of("ban", "quản", "lý"), List.of("quỹ"),
            List.of("trung", "tâm"), List.of("dự", "án"), List.of("bệnh", "viện"), List.of("học", "viện"),
            List.of("trường"), List.of("sở"), List.of("tổng", "cục"), List.of("cục"), List.of("chi", "cục"),
            List.of("khu", "đô", "thị"), List.of("khu", "công", "nghiệp"), List.of("nhà", "máy"));

    private RecordNames() {
    }

    public static List<String> of(String title) {
        Set<String> names = new LinkedHashSet<>();
        if (title == null) {
            return List.of();
        }
        List<Token> tokens = Tokens.of(title);
        // full names: from an opener to the end of the phrase
        for (int i = 1; i < tokens.size(); i++) {
            int opener = openerAt(tokens, i);
            if (opener == 0 || i > 0 && openerAt(tokens, i - 1) > 1 && i - 1 + openerAt(tokens, i - 1) > i) {
                continue;
            }
            int end = i + opener;
            while (end < tokens.size() && !tokens.get(end).isPunct(",;()") && !tokens.get(end).is("và")
                    && !(tokens.get(end).is("các") && !tokens.get(end).capitalized())) {
                end++;
            }
            if (end > i + opener && tokens.get(end - 1).capitalized()) {
                names.add(title.substring(tokens.get(i).start(), tokens.get(end - 1).end()));
            }
        }
        // runs of capitalized words after the first word, and their endings of two words or more
        int i = 1;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && isNameWord(tokens.get(end))) {
                end++;
            }
            for (int from = i; from < end; from++) {
                List<Token> run = tokens.subList(from, end);
                if (run.size() >= 2 && !Vocabulary.GENERIC.contains(run.get(0).lower()) && !allGeneric(run)
                        || run.size() == 1 && exotic(run.get(0))) {
                    names.add(title.substring(run.get(0).start(), run.get(run.size() - 1).end()));
                }
            }
            // the whole run too when it starts with a generic word but is not all generic ("Cảng Biển Đông Triều")
            List<Token> whole = tokens.subList(i, end);
            if (whole.size() >= 2 && !allGeneric(whole)) {
                names.add(title.substring(whole.get(0).start(), whole.get(whole.size() - 1).end()));
            }
            i = end;
        }
        return new ArrayList<>(names);
    }

    private static int openerAt(List<Token> tokens, int at) {
        for (List<String> opener : OPENERS) {
            if (at + opener.size() > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < opener.size() && same; k++) {
                same = tokens.get(at + k).is(opener.get(k));
            }
            if (same) {
                return opener.size();
            }
        }
        return 0;
    }

    static boolean isNameWord(Token token) {
        return token.isWord() && token.capitalized();
    }

    static boolean allGeneric(List<Token> run) {
        return run.stream().allMatch(t -> Vocabulary.GENERIC.contains(t.lower()));
    }

    /** A single capitalized word of six letters or more without diacritics: a brand, not a syllable (Viettel). */
    static boolean exotic(Token token) {
        return token.isWord() && token.plain() && token.text().length() >= 6 && !token.allCaps();
    }
}
