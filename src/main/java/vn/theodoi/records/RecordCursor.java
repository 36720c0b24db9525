package vn.theodoi.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

import org.springframework.data.domain.Slice;

/**
 * Where a deep page of a record list starts: just after a row, in the list's order ("keyset paging"). A page
 * reached this way costs the same whatever its depth, where a page number makes the database walk past every
 * row before it. Written in links as an opaque token; the token names its order, so a link kept across a change
 * of order is refused rather than misread.
 */
public record RecordCursor(RecordSort sort, Long id, String code, String title, Integer level, LocalDate due,
        Instant updatedAt) {

    private static final String VERSION = "1";

    /** The position just after this row of a list in this order. */
    public static RecordCursor after(RecordSummary row, RecordSort sort) {
        return new RecordCursor(sort, row.id(), row.code(), row.title(), row.oversightLevel(), row.dueDate(),
                row.updatedAt());
    }

    /** The position after the last row of a page or slice that has more rows after it; empty at the end. */
    public static Optional<RecordCursor> next(Slice<RecordSummary> rows,
            RecordSort sort) {
        return rows.hasNext() ? Optional.of(after(rows.getContent().get(rows.getNumberOfElements() - 1), sort))
                : Optional.empty();
    }

    public String token() {
        String plain = String.join("\u001f", VERSION, sort.key(), String.valueOf(id), text(code), text(title),
                level == null ? "" : level.toString(), due == null ? "" : due.toString(),
                updatedAt == null ? "" : updatedAt.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names for a list in this order; empty when it is malformed or made for another order. */
    public static Optional<RecordCursor> parse(String token, RecordSort sort) {
        if (token == null || token.isBlank() || token.length() > 2_000) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
                    .split("\u001f", -1);
            if (parts.length != 8 || !VERSION.equals(parts[0]) || !sort.key().equals(parts[1])) {
                return Optional.empty();
            }
            RecordCursor cursor = new RecordCursor(sort, Long.valueOf(parts[2]), parts[3], parts[4],
                    parts[5].isEmpty() ? null : Integer.valueOf(parts[5]),
                    parts[6].isEmpty() ? null : LocalDate.parse(parts[6]),
                    parts[7].isEmpty() ? null : Instant.parse(parts[7]));
            boolean complete = switch (sort) {
                case UPDATED, LEVEL -> cursor.updatedAt() != null;
                case CODE -> !cursor.code().isEmpty();
                case DUE, TITLE -> true;
            };
            return complete ? Optional.of(cursor) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\u001f', ' ');
    }
}
