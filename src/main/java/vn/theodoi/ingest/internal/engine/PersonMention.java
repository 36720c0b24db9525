package vn.theodoi.ingest.internal.engine;

/**
 * A person named in the text, the name at tokens {@code [from, to)}: {@code role} as the text gives it ("Phó
 * Trưởng Ban thường trực Ban Nội chính Trung ương", "nguyên Tổng Giám đốc Công ty ...") or null;
 * {@code proceduralRole} (SUSPECT, DEFENDANT, INVOLVED) when the text calls them bị can, bị cáo ...;
 * {@code person}: the dictionary's person of that name (a record's), or -1.
 */
public record PersonMention(int from, int to, String name, String role, String proceduralRole, int person,
        int roleFrom, int roleTo) {
}
