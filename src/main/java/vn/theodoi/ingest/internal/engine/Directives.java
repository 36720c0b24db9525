package vn.theodoi.ingest.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences that direct work, and what each directs. A clause (a sentence, or a part between semicolons or after
 * a colon) is a directive when, outside any name, it holds
 * <ul>
 * <li>a directing verb with its addressee or its content: "yêu cầu Bộ Công an ...", "giao Vụ Địa phương II chủ
 * trì", "đề nghị ...", "chỉ đạo ...", "lưu ý ...", "chỉ thị ..." (a noun use, "đáp ứng yêu cầu", is not);</li>
 * <li>a modal: "cần", "phải", "có trách nhiệm", "không để";</li>
 * <li>a word that only directions use: "khẩn trương", "đẩy nhanh", "kiên quyết", "dứt điểm", "chủ trì", "sớm ...";
 * or</li>
 * <li>opens with a verb of work, as a list of requirements does ("Hoàn thiện, trình ...", "- Rà soát ..."),
 * unless the text is telling what was done: a paragraph in the past ("đã", "đang", "được") makes the clauses that
 * follow it and open with a verb a report, until a directing sentence comes.</li>
 * </ul>
 * A past marker ("đã", "vừa", "đang", "được") before the directing word makes the clause a report, except a
 * directing verb with its addressee ("Ban Chỉ đạo đã yêu cầu Bộ Công an khẩn trương ..."): the requirement stands.
 * The lead is the addressee of the directing verb, the body before "chủ trì", the subject right before the
 * directing word or the body of an "Đối với ..." opening, or of a colon line above a list; never a body that is
 * part of a person's title.
 */
final class Directives {

    private static final Set<String> PAST = Set.of("đã", "vừa", "đang", "từng", "được");
    private static final Set<String> IMPERATIVE = Set.of("khẩn trương", "đẩy nhanh", "hoàn thiện", "hoàn thành",
            "tập trung", "chủ trì", "kiên quyết", "rà soát", "chuẩn bị", "tiếp tục", "tăng cường", "nâng cao",
            "quan tâm", "bám sát", "chủ động", "phối hợp", "làm rõ", "kết thúc", "thu hồi", "báo cáo", "xử lý",
            "nghiên cứu", "kiểm tra", "đôn đốc", "xem xét", "xây dựng", "sớm", "kịp thời", "tiếp thu", "chấn chỉnh",
            "khắc phục", "đánh giá", "tổng kết", "sơ kết", "triển khai", "thực hiện", "tổ chức", "ban hành", "trình",
            "đề xuất", "điều tra", "truy tố", "xét xử", "đưa", "khởi tố", "xác minh", "thanh tra", "kê biên",
            "phong tỏa", "tuyên truyền", "quán triệt", "ngăn chặn", "hướng dẫn", "theo dõi", "giám sát",
            "làm tốt", "thường xuyên", "nghiêm túc", "không để", "yêu cầu", "giao", "đề nghị", "chỉ đạo",
            "tham mưu", "chỉ thị", "bổ sung", "hoàn tất", "củng cố", "rút kinh nghiệm", "phát huy", "siết chặt",
            "tiến hành", "kiện toàn", "cung cấp", "gửi", "trả lời", "giải quyết", "bảo đảm", "đảm bảo");
    private static final Set<String> STRONG = Set.of("khẩn trương", "đẩy nhanh", "kiên quyết", "dứt điểm", "chủ trì");
    private static final Set<String> OPENERS = Set.of("về", "đối với", "trong", "thời gian tới", "trước mắt", "từ nay",
            "để", "nhằm", "sau", "riêng", "tới đây", "trên cơ sở", "căn cứ");
    private static final List<String> CONNECTIVES = List.of("cùng với đó", "đồng thời", "bên cạnh đó", "ngoài ra",
            "trước mắt", "mặt khác", "tiếp đó", "sau đó", "trong thời gian tới", "thời gian tới", "tới đây", "do đó",
            "vì vậy", "theo đó");

    private enum Mode {
        NEUTRAL, NARRATIVE, DIRECTING
    }

    private enum Kind {
        FRAMING, MODAL, STRONG, IMPERATIVE, CONTINUED
    }

    private record Anchor(int at, Kind kind, int contentFrom, String addressee, String verb) {
    }

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Match> names;
    private final List<DateMention> dates;
    private final boolean[] named;
    private final boolean[] inRole;
    private final Match[] nameAt;

    private final java.time.LocalDate reference;

    Directives(String text, List<Token> tokens, List<Sentence> sentences, List<Match> names, List<DateMention> dates,
            List<PersonMention> persons, java.time.LocalDate reference) {
        this.text = text;
        this.reference = reference;
        this.tokens = tokens;
        this.sentences = sentences;
        this.names = names;
        this.dates = dates;
        this.named = new boolean[tokens.size() + 1];
        this.inRole = new boolean[tokens.size() + 1];
        this.nameAt = new Match[tokens.size() + 1];
        for (Match m : names) {
            nameAt[m.from()] = m;
            for (int k = m.from(); k < m.to(); k++) {
                named[k] = true;
            }
        }
        for (PersonMention p : persons) {
            for (int k = Math.max(0, p.roleFrom()); k < p.roleTo(); k++) {
                inRole[k] = true;
            }
            for (int k = p.from(); k < p.to(); k++) {
                named[k] = true;
            }
        }
    }

    List<Directive> find() {
        List<Directive> found = new ArrayList<>();
        Mode mode = Mode.NEUTRAL;
        String listLead = null;
        boolean listOpen = false;
        boolean itemOpen = false;
        for (Sentence s : sentences) {
            if (s.heading()) {
                mode = Mode.NEUTRAL;
                listOpen = false;
                listLead = null;
                continue;
            }
            // a list runs over bullets, and over lines that end with a semicolon as items do
            if (!s.bullet() && !itemOpen) {
                listOpen = false;
                listLead = null;
            }
            boolean directing = false;
            boolean past = false;
            String colonLead = null;
            Directive previous = null;
            List<int[]> clauses = clauses(s);
            for (int[] clause : clauses) {
                int from = clause[0];
                int to = clause[1];
                int start = skipOpening(from, to);
                String topicLead = topicLead(from, to);
                Anchor anchor = anchor(start, to);
                if (anchor == null && previous != null && nameAt[start] != null
                        && nameAt[start].kind() == Match.Kind.ORGANIZATION) {
                    int verb = afterSubject(start, end(to));
                    if (verb < end(to) && tokens.get(verb).isWord()) {
                        anchor = new Anchor(verb, Kind.CONTINUED, skipModal(verb, end(to)), null, null);
                    }
                }
                boolean pastBefore = anchor != null && pastBetween(s.from(), anchor.at());
                boolean pastInClause = pastBetween(from, to);
                past |= pastInClause;
                // "Trước đó, ...": what was asked before, told as a report
                boolean before = words(skipPunct(from, to), "trước đó") > 0;
                boolean isDirective = anchor != null && !before && switch (anchor.kind()) {
                    case FRAMING -> anchor.addressee() != null || !pastBefore;
                    case MODAL, STRONG, CONTINUED -> !pastBefore;
                    case IMPERATIVE -> !pastBefore && !pastInClause
                            && (mode != Mode.NARRATIVE || listOpen || topicLead != null);
                };
                boolean intro = tokens.get(to - 1).isPunct(":");
                if (anchor != null && anchor.kind() == Kind.FRAMING && (anchor.contentFrom() >= end(to) || intro)) {
                    // "Ban Chỉ đạo yêu cầu:", "Yêu cầu Bộ Công an:" opens a list
                    directing = true;
                    colonLead = anchor.addressee() != null ? anchor.addressee() : topicLead;
                    isDirective = false;
                }
                if (anchor == null && topicLead != null && end(to) <= start) {
                    directing = true;
                    colonLead = topicLead;
                }
                if (!isDirective) {
                    previous = null;
                    continue;
                }
                String lead = lead(from, to, anchor, topicLead, listOpen ? listLead : null);
                if (lead == null && previous != null) {
                    lead = previous.leadCode();
                }
                if (lead == null && colonLead != null) {
                    lead = colonLead;
                }
                if (lead == null && listOpen) {
                    lead = listLead;
                }
                Directive d = directive(s, from, to, anchor.contentFrom(), lead);
                if (d != null) {
                    found.add(d);
                    directing = true;
                    mode = Mode.DIRECTING;
                }
                previous = d;
            }
            if (directing || framingWords(s)) {
                mode = Mode.DIRECTING;
            } else if (past) {
                mode = Mode.NARRATIVE;
            }
            if (s.endsWithColon() && (directing || colonLead != null || framingWords(s) || listWords(s))) {
                listOpen = true;
                listLead = colonLead;
                mode = Mode.DIRECTING;
            }
            itemOpen = listOpen && (s.endsWithColon() || tokens.get(s.to() - 1).isPunct(";"));
        }
        return found;
    }

    /** A line that announces a list of requirements before its colon: "kết luận:", "nhiệm vụ sau:", "như sau:". */
    private boolean listWords(Sentence s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (!named[k] && (words(k, "kết luận") > 0 || words(k, "nhiệm vụ") > 0 || words(k, "như sau") > 0
                    || words(k, "yêu cầu") > 0 || words(k, "đề nghị") > 0 || words(k, "giải pháp") > 0
                    || words(k, "kiến nghị") > 0)) {
                return true;
            }
        }
        return false;
    }

    /** Past the bodies that open a clause as its subject: "Bộ Công an", "Viện ... và Tòa án ...". */
    private int afterSubject(int start, int end) {
        int k = start;
        while (k < end && nameAt[k] != null && nameAt[k].kind() == Match.Kind.ORGANIZATION) {
            k = nameAt[k].to();
            if (k + 1 < end && (tokens.get(k).isPunct(",") || tokens.get(k).is("và")) && nameAt[k + 1] != null
                    && nameAt[k + 1].kind() == Match.Kind.ORGANIZATION) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The sentence cut at semicolons and colons; a part with no directing word of its own stays with the one before. */
    private List<int[]> clauses(Sentence s) {
        List<int[]> parts = new ArrayList<>();
        int from = s.from();
        for (int k = s.from(); k < s.to(); k++) {
            if (tokens.get(k).isPunct(";:") && !named[k]) {
                if (k > from) {
                    parts.add(new int[] {from, k + 1});
                }
                from = k + 1;
            }
        }
        if (from < s.to()) {
            parts.add(new int[] {from, s.to()});
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] part : parts) {
            boolean afterSemicolon = !merged.isEmpty() && tokens.get(merged.get(merged.size() - 1)[1] - 1).isPunct(";");
            int start = skipOpening(part[0], part[1]);
            boolean own = anchor(start, part[1]) != null
                    || nameAt[start] != null && nameAt[start].kind() == Match.Kind.ORGANIZATION;
            if (afterSemicolon && !own) {
                merged.get(merged.size() - 1)[1] = part[1];
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    /** Past the bullet, numbering, quotes and an opening phrase ("Về ..., ", "Đối với ..., ", "Đồng thời"). */
    private int skipOpening(int from, int to) {
        int k = from;
        while (k < to && (tokens.get(k).isPunct() || k == from && tokens.size() > k + 1 && tokens.get(k + 1).isPunct(".)")
                && tokens.get(k).text().length() <= 3 && !named[k])) {
            k++;
        }
        boolean skipped = true;
        while (skipped && k < to) {
            skipped = false;
            for (String connective : CONNECTIVES) {
                int n = words(k, connective);
                if (n > 0) {
                    k += n;
                    while (k < to && tokens.get(k).isPunct(",")) {
                        k++;
                    }
                    skipped = true;
                }
            }
            for (String opener : OPENERS) {
                if (words(k, opener) > 0) {
                    for (int c = k + 1; c < Math.min(to, k + 25); c++) {
                        if (tokens.get(c).isPunct(",:") && !named[c]) {
                            k = c + 1;
                            skipped = true;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        while (k < to && tokens.get(k).isPunct("“\"‘(")) {
            k++;
        }
        return k;
    }

    private int skipPunct(int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).isPunct()) {
            k++;
        }
        return k;
    }

    /** "Đối với Bộ Công an, ...": the body the clause is about. */
    private String topicLead(int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).isPunct()) {
            k++;
        }
        int n = words(k, "đối với");
        if (n == 0) {
            return null;
        }
        Match m = nameAt[k + n];
        return m != null && m.kind() == Match.Kind.ORGANIZATION ? m.keys().get(0) : null;
    }

    /** The first directing word of the clause, outside names; null if none. */
    private Anchor anchor(int start, int to) {
        int end = end(to);
        // "Kính gửi: ...", "Gửi anh Tuấn,": whom a letter is for
        if (words(start, "kính gửi") > 0 || words(start, "gửi") > 0 && tokens.get(to - 1).isPunct(",:")) {
            return null;
        }
        boolean quoted = false;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            // a name in quotes inside a sentence (Đề án “Giải pháp chỉ đạo ...”) gives no direction
            if (t.isPunct("“”\"")) {
                quoted = k > start && (t.isPunct("“") || t.isPunct("\"") && !quoted);
                continue;
            }
            if (named[k] || quoted || t.isPunct()) {
                continue;
            }
            Anchor framing = framing(k, end);
            if (framing != null) {
                return framing;
            }
            int modal = modal(k, end);
            if (modal > 0) {
                return new Anchor(k, Kind.MODAL, k + modal, null, null);
            }
            for (String strong : STRONG) {
                if (words(k, strong) > 0 && k + words(k, strong) < end && !(strong.equals("chủ trì") && meetingAt(k + 2))) {
                    return new Anchor(k, Kind.STRONG, k, null, null);
                }
            }
            if (words(k, "sớm") > 0 && k + 1 < end && tokens.get(k + 1).isWord() && !tokens.get(k + 1).capitalized()
                    && !tokens.get(k + 1).is("hơn") && !(k > 0 && tokens.get(k - 1).is("quá"))) {
                return new Anchor(k, Kind.STRONG, k, null, null);
            }
            if (k == start && imperative(k) > 0 && !(words(k, "chủ trì") > 0 && meetingAt(k + 2))) {
                return new Anchor(k, Kind.IMPERATIVE, k, null, null);
            }
        }
        // "<Body> [cần] rà soát ...": bodies opening the clause, then a verb of work
        if (nameAt[start] != null && nameAt[start].kind() == Match.Kind.ORGANIZATION) {
            int verb = skipModal(afterSubject(start, end), end);
            if (verb < end && imperative(verb) > 0 && !(words(verb, "chủ trì") > 0 && meetingAt(verb + 2))) {
                return new Anchor(verb, Kind.IMPERATIVE, verb, null, null);
            }
        }
        return null;
    }

    /**
     * A directing verb at {@code k}: yêu cầu, giao, đề nghị, chỉ đạo, lưu ý, chỉ thị, used as a verb, with what
     * follows it: its addressee (a body) and where the content starts, past "cho", "các", a modal.
     */
    private Anchor framing(int k, int end) {
        String verb = null;
        int n = 0;
        for (String v : List.of("yêu cầu", "giao", "đề nghị", "chỉ đạo", "lưu ý", "chỉ thị", "nhấn mạnh", "dặn",
                "nhắc")) {
            n = words(k, v);
            if (n > 0) {
                verb = v;
                break;
            }
        }
        if (verb == null) {
            return null;
        }
        int next = k + n;
        Token previous = k > 0 ? tokens.get(k - 1) : null;
        boolean atEnd = next >= end;
        Token following = atEnd ? null : tokens.get(next);
        if (following != null && following.isPunct(",.;)") && !following.isPunct(":")) {
            return null;
        }
        if (previous != null && !previous.isPunct() && switch (verb) {
            case "yêu cầu" -> previous.is("ứng") || previous.is("theo") || previous.is("các") || previous.is("những")
                    || previous.is("đúng") || previous.is("đạt") || previous.is("mọi") || previous.is("nhiều")
                    || previous.is("có") || previous.is("là") || previous.is("của") || previous.is("và")
                    || previous.is("với") || previous.is("đòi");
            case "giao" -> previous.is("được") || previous.is("bàn") || previous.is("chuyển") || previous.is("tiếp")
                    || previous.is("vụ");
            case "đề nghị" -> previous.is("các") || previous.is("những") || previous.is("kiến") || previous.is("và")
                    || previous.is("theo");
            case "chỉ đạo" -> previous.is("ban") || previous.is("mưu") || previous.is("độ") || previous.is("sự")
                    || previous.is("tác") || previous.is("việc") || previous.is("được") || previous.is("diện")
                    || previous.is("lãnh") || previous.is("của") || previous.is("theo") || previous.is("biểu")
                    || previous.is("kiến") || previous.is("bản") || previous.is("trương");
            default -> false;
        }) {
            return null;
        }
        if (following != null && following.isWord() && (following.is("của") || following.is("này") || following.is("đó")
                || following.is("đặt") || following.is("ngày") && verb.equals("yêu cầu"))) {
            return null;
        }
        // giao needs its addressee: "giao Bộ Công an", "giao cho"
        int at = next;
        while (at < end && (tokens.get(at).is("cho") || tokens.get(at).is("các") || tokens.get(at).is("đồng")
                && at + 1 < end && tokens.get(at + 1).is("chí"))) {
            at += tokens.get(at).is("đồng") ? 2 : 1;
        }
        // "đề nghị Hội đồng xét xử ...": a party's request in court, no work given
        if (words(at, "hội đồng xét xử") > 0 || words(at, "tòa") > 0) {
            return null;
        }
        String addressee = null;
        Match body = nameAt[at];
        if (body != null && body.kind() == Match.Kind.ORGANIZATION) {
            addressee = body.keys().get(0);
            at = body.to();
            // "Bộ Công an, Viện kiểm sát nhân dân tối cao và ..." : the first leads
            while (at + 1 < end && tokens.get(at).isPunct(",") || at < end && tokens.get(at).is("và")) {
                Match more = nameAt[at + 1];
                if (more == null || more.kind() != Match.Kind.ORGANIZATION) {
                    break;
                }
                at = more.to();
            }
        } else if (verb.equals("giao") && !(next < end && tokens.get(next).is("cho"))) {
            return null;
        }
        if ((verb.equals("lưu ý") || verb.equals("nhấn mạnh") || verb.equals("chỉ thị")) && following != null
                && !following.isPunct(":") && addressee == null && modal(next, end) == 0 && imperative(next) == 0) {
            return null;
        }
        while (at < end && tokens.get(at).isPunct(":")) {
            at++;
        }
        return new Anchor(k, Kind.FRAMING, skipModal(at, end), addressee, verb);
    }

    /** A meeting right after "chủ trì": the person who chairs it, no work given ("chủ trì phiên họp", "chủ trì giao ban"). */
    private boolean meetingAt(int k) {
        return words(k, "phiên") > 0 || words(k, "cuộc") > 0 || words(k, "hội nghị") > 0 || words(k, "buổi") > 0
                || words(k, "giao ban") > 0 || words(k, "họp") > 0 || words(k, "lễ") > 0 || words(k, "kỳ họp") > 0;
    }

    private int modal(int k, int end) {
        Token t = tokens.get(k);
        Token next = k + 1 < end ? tokens.get(k + 1) : null;
        if (next == null || next.isPunct()) {
            return 0;
        }
        if (t.is("cần") && !next.is("thiết") && !(k > 0 && tokens.get(k - 1).is("bị"))) {
            return next.is("phải") ? 2 : 1;
        }
        if (t.is("phải") && !(k > 0 && tokens.get(k - 1).is("không"))) {
            return 1;
        }
        int n = words(k, "có trách nhiệm");
        if (n == 0) {
            n = words(k, "chịu trách nhiệm");
        }
        return n;
    }

    private int skipModal(int at, int end) {
        int k = at;
        while (k < end) {
            int m = modal(k, end);
            if (m == 0) {
                break;
            }
            k += m;
        }
        return k;
    }

    private int imperative(int k) {
        for (String verb : IMPERATIVE) {
            int n = words(k, verb);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    private boolean pastBetween(int from, int to) {
        boolean quoted = false;
        for (int k = from; k < to && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("“”\"")) {
                quoted = !quoted;
            }
            if (!named[k] && !quoted && t.isWord() && (PAST.stream().anyMatch(t::is) || words(k, "cho biết") > 0
                    || words(k, "trước đó") > 0 || passive(k))) {
                return true;
            }
        }
        return false;
    }

    /** "bị" of the passive ("bị tuyên phạt", "bị bắt"), not of "bị can", "chuẩn bị", "thiết bị". */
    private boolean passive(int k) {
        Token t = tokens.get(k);
        if (!t.is("bị")) {
            return false;
        }
        boolean noun = k + 1 < tokens.size() && (tokens.get(k + 1).is("can") || tokens.get(k + 1).is("cáo")
                || tokens.get(k + 1).is("hại"));
        boolean compound = k > 0 && (tokens.get(k - 1).is("chuẩn") || tokens.get(k - 1).is("thiết")
                || tokens.get(k - 1).is("trang") || tokens.get(k - 1).is("dự") || tokens.get(k - 1).is("phòng"));
        return !noun && !compound;
    }

    /** A sentence that announces directions to come: "nhiệm vụ ... thời gian tới", "yêu cầu:". */
    private boolean framingWords(Sentence s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (!named[k] && (words(k, "thời gian tới") > 0 || words(k, "nhiệm vụ trọng tâm") > 0
                    || words(k, "cuối năm") > 0 && k > 0 && tokens.get(k - 1).is("tháng")
                    || words(k, "lưu ý") > 0 || words(k, "nhấn mạnh") > 0 && k + 2 < s.to() && !tokens.get(k + 2).isPunct(".")
                    || words(k, "kết luận") > 0 && k > 0 && tokens.get(k - 1).is("biểu"))) {
                return true;
            }
        }
        return false;
    }

    private String lead(int from, int to, Anchor anchor, String topicLead, String listLead) {
        // "yêu cầu Bộ Công an ...": the addressee leads; "Bộ Công an chỉ đạo Công an tỉnh ...": the one who directs
        boolean directs = "chỉ đạo".equals(anchor.verb());
        if (anchor.addressee() != null && !directs) {
            return anchor.addressee();
        }
        if (directs) {
            String subject = subjectBefore(from, to, anchor);
            String lead = subject != null ? subject : topicLead != null ? topicLead : listLead;
            if (lead != null || anchor.addressee() != null) {
                return lead != null ? lead : anchor.addressee();
            }
        }
        // "<Body> chủ trì"
        for (int k = from; k < to; k++) {
            Match m = nameAt[k];
            if (m != null && m.kind() == Match.Kind.ORGANIZATION && !inRole[k] && m.to() < to
                    && words(m.to(), "chủ trì") > 0) {
                return m.keys().get(0);
            }
        }
        if (topicLead != null) {
            return topicLead;
        }
        return subjectBefore(from, to, anchor);
    }

    /**
     * The subject right before the directing word: "Ban Nội chính Trung ương cần", "Bộ Công an khẩn trương"; of
     * "Viện ... và Tòa án ... phối hợp", the first.
     */
    private String subjectBefore(int from, int to, Anchor anchor) {
        for (Match m : names) {
            if (m.kind() == Match.Kind.ORGANIZATION && m.from() >= from && m.to() <= anchor.at() && !inRole[m.from()]
                    && skipModal(afterSubject(m.from(), end(to)), end(to)) >= anchor.at()
                    && anchor.at() - afterSubject(m.from(), end(to)) <= 2) {
                return m.keys().get(0);
            }
        }
        return null;
    }

    private Directive directive(Sentence s, int from, int to, int contentFrom, String lead) {
        int end = end(to);
        // an attribution after a closing quote is not the work: "…", ông X nhấn mạnh.
        for (int k = contentFrom; k < end; k++) {
            if (tokens.get(k).isPunct("”") || tokens.get(k).isPunct("\"") && k > contentFrom) {
                end = k;
                break;
            }
        }
        DateMention due = null;
        for (DateMention d : dates) {
            if (d.deadline() && d.from() >= from && d.to() <= to) {
                due = d;
                break;
            }
        }
        int titleEnd = end;
        if (due != null && due.to() >= titleEnd - 1 && due.from() > contentFrom) {
            titleEnd = cueStart(due.from());
        }
        while (titleEnd > contentFrom && (tokens.get(titleEnd - 1).isPunct(",;:.…-–") || tokens.get(titleEnd - 1).text().startsWith(".."))) {
            titleEnd--;
        }
        if (titleEnd - contentFrom < 2) {
            return null;
        }
        String title = text.substring(tokens.get(contentFrom).start(), tokens.get(titleEnd - 1).end()).strip();
        title = title.substring(0, title.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + title.substring(title.offsetByCodePoints(0, 1));
        List<String> coordinators = coordinators(from, to, lead);
        Long record = recordIn(from, to);
        if (record == null) {
            record = recordIn(s.from(), s.to());
        }
        if (record == null) {
            record = recordIn(TextReader.paragraphOf(tokens, from)[0], from);
        }
        return new Directive(from, to, title, lead, coordinators, due, record);
    }

    /** Where the words that make a date a deadline start: "trước ngày", "chậm nhất là ngày", "trong". */
    private int cueStart(int dateFrom) {
        int k = dateFrom;
        for (int back = 0; back < 3 && k > 0; back++) {
            Token t = tokens.get(k - 1);
            if (t.is("ngày") || t.is("trước") || t.is("trong") || t.is("hết") || t.is("đến") || t.is("chậm")
                    || t.is("nhất") || t.is("là") || t.is("vào") || t.is("hạn") || t.is("chót") || t.is("không")
                    || t.is("quá")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    private List<String> coordinators(int from, int to, String lead) {
        List<String> codes = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (named[k] || words(k, "phối hợp") == 0) {
                continue;
            }
            int at = k + 2;
            if (at < to && tokens.get(at).is("với")) {
                at++;
            }
            while (at < to) {
                if (at < to && tokens.get(at).is("các")) {
                    at++;
                }
                Match m = nameAt[at];
                if (m == null || m.kind() != Match.Kind.ORGANIZATION) {
                    break;
                }
                String code = m.keys().get(0);
                if (!code.equals(lead) && !codes.contains(code)) {
                    codes.add(code);
                }
                at = m.to();
                if (at < to && (tokens.get(at).isPunct(",") || tokens.get(at).is("và"))) {
                    at++;
                } else {
                    break;
                }
            }
        }
        return codes;
    }

    private Long recordIn(int from, int to) {
        for (Match m : names) {
            if (m.kind() == Match.Kind.RECORD && m.keys().size() == 1 && m.from() >= from && m.to() <= to) {
                return Long.valueOf(m.keys().get(0));
            }
        }
        return null;
    }

    /** The clause's end without its closing mark. */
    private int end(int to) {
        int end = to;
        while (end > 0 && tokens.get(end - 1).isPunct(".;:!?”\")…") && end - 1 >= 0) {
            end--;
        }
        return end;
    }

    /** How many tokens {@code phrase} takes at {@code k} ("đẩy nhanh" 2), or 0 if it is not there. */
    private int words(int k, String phrase) {
        String[] words = phrase.split(" ");
        if (k + words.length > tokens.size()) {
            return 0;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(k + i).isWord() || !tokens.get(k + i).is(words[i])) {
                return 0;
            }
        }
        return words.length;
    }
}
