package vn.theodoi.ingest.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.theodoi.ingest.internal.engine.Reading.Mention;
import vn.theodoi.ingest.internal.engine.Reading.MentionKind;
import vn.theodoi.ingest.internal.engine.Reading.RecordLink;
import vn.theodoi.ingest.internal.engine.Reading.Span;
import vn.theodoi.ingest.internal.engine.Reading.TaskProposal;

/**
 * The engine: reads a text against a {@link Dictionary}, without any framework, service or network. Rules and
 * word lists only; docs/architecture.md ("Reading a text") describes them and the measured precision and recall.
 */
public final class TextReader {

    private TextReader() {
    }

    /** The record codes and proper-name phrases of a text: what to look up among the reader's records. */
    public record Candidates(Set<String> codes, Set<String> phrases) {
    }

    /**
     * What the text may name that the organizations and provinces do not explain: tokens that look like record
     * codes, and runs of two or more capitalized words (company, project and person names) with their shorter
     * runs, longest first, at most {@code limit} phrases.
     */
    public static Candidates candidates(String text, Dictionary known, int limit) {
        List<Token> tokens = Tokens.of(text);
        Names names = new Names(known.with(List.of(), List.of()));
        boolean[] named = new boolean[tokens.size()];
        for (Match m : names.index.scan(tokens)) {
            for (int k = m.from(); k < m.to(); k++) {
                named[k] = true;
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.CODE && t.text().length() >= 6 && t.text().chars().anyMatch(Character::isDigit)
                    && t.text().contains("-")) {
                codes.add(t.text());
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (named[i] || !RecordNames.isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && !named[end] && RecordNames.isNameWord(tokens.get(end))) {
                end++;
            }
            for (int from = i; from < end; from++) {
                for (int to = end; to > from; to--) {
                    List<Token> run = tokens.subList(from, to);
                    if (run.size() >= 2 && !RecordNames.allGeneric(run) || run.size() == 1 && RecordNames.exotic(run.get(0))) {
                        phrases.add(text.substring(run.get(0).start(), run.get(run.size() - 1).end()));
                    }
                }
            }
            i = end;
        }
        List<String> longestFirst = new ArrayList<>(new LinkedHashSet<>(phrases));
        longestFirst.sort(java.util.Comparator.comparingInt((String p) -> -p.length()));
        return new Candidates(codes, new LinkedHashSet<>(longestFirst.subList(0, Math.min(limit, longestFirst.size()))));
    }

    /**
     * Reads {@code text} (NFC). {@code reference}: the day it is read, which gives dates written without a year
     * their year.
     */
    public static Reading read(String text, Dictionary dictionary, LocalDate reference) {
        List<Token> tokens = Tokens.of(text);
        List<Sentence> sentences = Sentence.of(tokens);
        Names names = new Names(dictionary);
        List<Match> scanned = names.index.scan(tokens);
        String province = mainProvince(names, scanned);
        if (province != null) {
            names.addLocalBodies(province);
            scanned = names.index.scan(tokens);
        }
        List<Match> found = resolve(names, tokens, scanned, sentences);
        List<DateMention> dates = Dates.find(tokens, reference);
        List<MoneyMention> money = Money.find(tokens);
        List<SessionMention> sessions = Sessions.find(tokens, found);
        List<PersonMention> persons = Persons.find(tokens, found, names.persons);
        List<Directive> directives = new Directives(text, tokens, sentences, found, dates, persons, reference).find();

        List<Mention> mentions = new ArrayList<>();
        Map<Long, List<Span>> evidence = new LinkedHashMap<>();
        Map<Long, String> via = new LinkedHashMap<>();
        for (Match m : found) {
            Span span = span(tokens, m.from(), m.to());
            switch (m.kind()) {
                case ORGANIZATION -> mentions.add(new Mention(MentionKind.ORGANIZATION, span, m.keys().get(0), null));
                case PROVINCE -> mentions.add(new Mention(MentionKind.PROVINCE, span, m.keys().get(0), null));
                case RECORD -> {
                    long id = Long.parseLong(m.keys().get(0));
                    mentions.add(new Mention(MentionKind.RECORD, span, Long.toString(id), m.via()));
                    evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(span);
                    via.putIfAbsent(id, m.via());
                }
                case PERSON -> {
                    Long record = names.persons.get(Integer.parseInt(m.keys().get(0))).recordId();
                    if (record != null && names.records.containsKey(record)) {
                        evidence.computeIfAbsent(record, k -> new ArrayList<>()).add(span);
                        via.putIfAbsent(record, "PERSON");
                    }
                }
            }
        }
        for (PersonMention p : persons) {
            mentions.add(new Mention(MentionKind.PERSON, span(tokens, p.from(), p.to()), p.name(),
                    p.role() != null ? p.role() : p.proceduralRole()));
        }
        for (DateMention d : dates) {
            mentions.add(new Mention(MentionKind.DATE, span(tokens, d.from(), d.to()), d.first().toString(),
                    d.last() + (d.due() == null ? "" : " → " + d.due())));
        }
        for (MoneyMention m : money) {
            mentions.add(new Mention(MentionKind.MONEY, span(tokens, m.from(), m.to()), m.amount().toPlainString(),
                    m.currency() + (m.qualifier() == null ? "" : " " + m.qualifier())));
        }
        for (SessionMention s : sessions) {
            mentions.add(new Mention(MentionKind.SESSION, span(tokens, s.from(), s.to()), Integer.toString(s.number()),
                    s.organizationCode()));
        }
        mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().start()));

        List<RecordLink> links = new ArrayList<>();
        evidence.forEach((id, spans) -> links.add(new RecordLink(id, via.get(id), List.copyOf(spans),
                sentenceOf(tokens, sentences, spans.get(0)))));
        List<TaskProposal> tasks = new ArrayList<>();
        for (Directive d : directives) {
            List<Span> marks = new ArrayList<>();
            for (Match m : found) {
                if (m.from() >= d.from() && m.to() <= d.to() && (m.kind() == Match.Kind.ORGANIZATION
                        && (d.leadCode() != null && m.keys().contains(d.leadCode())
                                || d.coordinatorCodes().stream().anyMatch(m.keys()::contains))
                        || m.kind() == Match.Kind.RECORD && d.recordId() != null
                                && m.keys().contains(Long.toString(d.recordId())))) {
                    marks.add(span(tokens, m.from(), m.to()));
                }
            }
            String dueText = null;
            if (d.due() != null) {
                Span dueSpan = span(tokens, d.due().from(), d.due().to());
                marks.add(dueSpan);
                dueText = text.substring(dueSpan.start(), dueSpan.end());
            }
            tasks.add(new TaskProposal(d.title(), d.leadCode(), d.coordinatorCodes(), d.due() == null ? null : d.due().dueFrom(reference),
                    dueText, d.recordId(), span(tokens, d.from(), d.to()), marks));
        }
        return new Reading(mentions, links, tasks);
    }

    /**
     * A name shared by several records is kept only if the provinces named in its sentence (or, failing that, its
     * paragraph, or the whole text) leave one of them (a province none of them has says nothing), or if they are
     * the phases of one split case; a record's province counts also as the province it was merged into.
     */
    private static List<Match> resolve(Names names, List<Token> tokens, List<Match> matches, List<Sentence> sentences) {
        List<Match> resolved = new ArrayList<>();
        for (Match m : matches) {
            if (m.kind() != Match.Kind.RECORD || m.keys().size() == 1) {
                resolved.add(m);
                continue;
            }
            int[] paragraph = paragraphOf(tokens, m.from());
            Sentence s = sentences.stream().filter(x -> x.from() <= m.from() && m.from() < x.to()).findFirst().orElseThrow();
            List<String> keys = m.keys();
            for (int[] scope : List.of(new int[] {s.from(), s.to()}, paragraph, new int[] {0, tokens.size()})) {
                List<String> narrowed = among(names, m.keys(), provincesIn(names, matches, scope[0], scope[1]));
                if (!narrowed.isEmpty()) {
                    keys = narrowed;
                }
                if (keys.size() == 1) {
                    break;
                }
            }
            if (keys.size() > 1) {
                keys = byPhase(names, keys, phaseAfter(tokens, m.to()));
            }
            if (keys.size() == 1) {
                resolved.add(new Match(m.from(), m.to(), m.kind(), keys, m.via()));
            }
        }
        return resolved;
    }

    /**
     * A case split in phases keeps its name ("... (giai đoạn II)"): the text's "giai đoạn II" right after the name
     * picks that phase's record, no phase the first one's.
     */
    private static List<String> byPhase(Names names, List<String> keys, int phase) {
        List<String> chosen = keys.stream().filter(k -> phaseOf(names.records.get(Long.valueOf(k)).title()) == phase)
                .toList();
        return chosen.isEmpty() ? keys : chosen;
    }

    private static int phaseOf(String title) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("giai đoạn ([0-9]+|[IVX]+)\\b")
                .matcher(title == null ? "" : title);
        if (!m.find()) {
            return 1;
        }
        String n = m.group(1);
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : Numbers.roman(n);
    }

    /** The phase a text gives right after a name ("vụ Hoàng Long giai đoạn II", "(giai đoạn 2)"), else 1. */
    private static int phaseAfter(List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size() - 2, at + 3); k++) {
            if (tokens.get(k).is("giai") && tokens.get(k + 1).is("đoạn")) {
                String n = tokens.get(k + 2).text();
                return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : Math.max(1, Numbers.roman(n));
            }
        }
        return 1;
    }

    /** The tokens of the paragraph (text between line breaks) holding token {@code at}. */
    static int[] paragraphOf(List<Token> tokens, int at) {
        int from = at;
        while (from > 0 && !tokens.get(from).paragraphStart()) {
            from--;
        }
        int to = at + 1;
        while (to < tokens.size() && !tokens.get(to).paragraphStart()) {
            to++;
        }
        return new int[] {from, to};
    }

    /** The province the text is about: the one named most (itself or by its bodies), the first on a tie; null if none. */
    private static String mainProvince(Names names, List<Match> matches) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Match m : matches) {
            provincesIn(names, List.of(m), m.from(), m.to()).forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing((a, b) -> 0)).map(Map.Entry::getKey).orElse(null);
    }

    private static Set<String> provincesIn(Names names, List<Match> matches, int from, int to) {
        Set<String> provinces = new HashSet<>();
        for (Match m : matches) {
            if (m.from() >= from && m.to() <= to) {
                if (m.kind() == Match.Kind.PROVINCE) {
                    m.keys().forEach(k -> provinces.add(names.current(k)));
                } else if (m.kind() == Match.Kind.ORGANIZATION) {
                    var o = names.organizations.get(m.keys().get(0));
                    if (o != null && o.provinceCode() != null) {
                        provinces.add(names.current(o.provinceCode()));
                    }
                }
            }
        }
        return provinces;
    }

    private static List<String> among(Names names, List<String> recordKeys, Set<String> provinces) {
        if (provinces.isEmpty()) {
            return recordKeys;
        }
        return recordKeys.stream().filter(key -> names.records.get(Long.valueOf(key)).provinceCodes().stream()
                .map(names::current).anyMatch(provinces::contains)).toList();
    }

    private static Span sentenceOf(List<Token> tokens, List<Sentence> sentences, Span span) {
        for (Sentence s : sentences) {
            Span whole = span(tokens, s.from(), s.to());
            if (whole.start() <= span.start() && span.end() <= whole.end()) {
                return whole;
            }
        }
        return span;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
