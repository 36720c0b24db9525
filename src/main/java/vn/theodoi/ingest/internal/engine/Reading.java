package vn.theodoi.ingest.internal.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What the engine read in a text: every mention it recognized (for highlighting), and its proposals: the records
 * the text names, and the tasks its directing sentences give. Offsets are in UTF-16 units of the NFC text read.
 */
public record Reading(List<Mention> mentions, List<RecordLink> records, List<TaskProposal> tasks) {

    /** Characters {@code [start, end)} of the text. */
    public record Span(int start, int end) {
    }

    public enum MentionKind {
        RECORD, ORGANIZATION, PROVINCE, PERSON, SESSION, DATE, MONEY
    }

    /**
     * A thing recognized: for RECORD the record's id, ORGANIZATION and PROVINCE the code, PERSON the name (detail:
     * the role), SESSION the number (detail: the body's code), DATE the first day ISO (detail: the last day, and
     * the due day after "→" for a deadline), MONEY the amount (detail: currency and bound).
     */
    public record Mention(MentionKind kind, Span span, String value, String detail) {
    }

    /**
     * A record the text names. {@code via}: CODE, NAME or PERSON; {@code evidence}: every place it is named;
     * {@code context}: the sentence of the first.
     */
    public record RecordLink(long recordId, String via, List<Span> evidence, Span context) {
    }

    /**
     * A task a directing sentence gives: {@code evidence} the clause, {@code marks} the words that decided the
     * lead, the due date and the record.
     */
    public record TaskProposal(String title, String leadCode, List<String> coordinatorCodes, LocalDate due,
            String dueText, Long recordId, Span evidence, List<Span> marks) {
    }
}
