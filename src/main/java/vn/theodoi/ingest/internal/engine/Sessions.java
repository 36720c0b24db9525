package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.List;

/** Numbered sessions of a body: phiên họp, cuộc họp, kỳ họp, hội nghị, followed by "(lần) thứ N" or "N". */
public final class Sessions {

    private Sessions() {
    }

    public static List<SessionMention> find(List<Token> tokens, List<Match> names) {
        List<SessionMention> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = tokens.get(i + 1);
            boolean meeting = (a.is("phiên") || a.is("cuộc") || a.is("kỳ")) && b.is("họp") || a.is("hội") && b.is("nghị");
            if (!meeting) {
                continue;
            }
            int k = i + 2;
            boolean lan = k < tokens.size() && tokens.get(k).is("lần");
            if (lan) {
                k++;
            }
            boolean thu = k < tokens.size() && tokens.get(k).is("thứ");
            if (thu) {
                k++;
            }
            if (k >= tokens.size()) {
                continue;
            }
            int number;
            int end;
            Token n = tokens.get(k);
            if (n.kind() == Token.Kind.NUMBER && n.text().matches("\\d{1,3}")) {
                number = Integer.parseInt(n.text());
                end = k + 1;
            } else if (thu && n.isWord() && n.allCaps() && Numbers.roman(n.text()) > 0) {
                number = Numbers.roman(n.text());
                end = k + 1;
            } else if (thu) {
                int[] words = Numbers.words(tokens, k);
                if (words == null) {
                    continue;
                }
                number = words[0];
                end = k + words[1];
            } else {
                continue;
            }
            // "hội nghị" needs "lần thứ": "hội nghị 2026" is no session number
            if (a.is("hội") && !lan) {
                continue;
            }
            String organization = null;
            if (end < tokens.size() && tokens.get(end).is("của")) {
                int at = end + 1;
                organization = names.stream().filter(m -> m.from() == at && m.kind() == Match.Kind.ORGANIZATION)
                        .map(m -> m.keys().get(0)).findFirst().orElse(null);
            }
            found.add(new SessionMention(i, end, number, organization));
            i = end - 1;
        }
        return found;
    }
}
