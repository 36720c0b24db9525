package vn.theodoi.ingest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.theodoi.ingest.MentionKind;

/** Something the engine recognized in a text, kept with it for highlighting. */
@Embeddable
public class Mention {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MentionKind kind;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "mention_value", nullable = false)
    private String value;

    @Column(name = "detail")
    private String detail;

    protected Mention() {
    }

    Mention(MentionKind kind, int start, int end, String value, String detail) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.value = cut(value);
        this.detail = cut(detail);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    public MentionKind getKind() { return kind; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getValue() { return value; }
    public String getDetail() { return detail; }
}
