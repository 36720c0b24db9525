package vn.theodoi.records;

import java.util.Map;

import vn.theodoi.access.Clearance;

/**
 * The records a report over a period draws on, within the reader's organizational scope whatever
 * their classification (DOMAIN.md sections 8, 9): those created by the period's end and not closed
 * before its start (still open, or changed since the start). {@code byClassification}: how many
 * of each level; {@code hidden}: how many of them the reader may not see (clearance, access list).
 */
public record ReportSecrecy(Map<Clearance, Long> byClassification, long hidden) {

    public ReportSecrecy {
        byClassification = Map.copyOf(byClassification);
    }

    /** The most secret level among them: the report's secrecy mark; UNCLASSIFIED when none is classified. */
    public Clearance highest() {
        return byClassification.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .max(Enum::compareTo).orElse(Clearance.UNCLASSIFIED);
    }

    /** The reader sees every record the report would summarize. */
    public boolean readerSeesAll() {
        return hidden == 0;
    }
}
