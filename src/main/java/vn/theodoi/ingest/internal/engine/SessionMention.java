package vn.theodoi.ingest.internal.engine;

/**
 * A numbered session, tokens {@code [from, to)}: "phiên họp thứ 24", "phiên họp 24", "Phiên họp thứ hai mươi
 * tư", "kỳ họp thứ 8", "cuộc họp lần thứ 5". {@code organizationCode}: the body whose session it is, when the
 * text names it right after ("của Ban Chỉ đạo Trung ương").
 */
public record SessionMention(int from, int to, int number, String organizationCode) {
}
