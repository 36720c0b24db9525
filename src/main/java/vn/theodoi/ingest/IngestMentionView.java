package vn.theodoi.ingest;

/**
 * Something recognized in the text: for RECORD the record's id (shown only if the reader may see it),
 * ORGANIZATION and PROVINCE the code, PERSON the name (detail: the role), SESSION the number, DATE the first day
 * (detail: the last, and the deadline), MONEY the amount (detail: currency and bound).
 */
public record IngestMentionView(MentionKind kind, TextSpan span, String value, String detail) {
}
