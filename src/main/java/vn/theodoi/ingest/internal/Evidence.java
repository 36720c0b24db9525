package vn.theodoi.ingest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a proposal's grounds stand in the text. */
@Embeddable
public class Evidence {

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected Evidence() {
    }

    Evidence(int start, int end) {
        this.start = start;
        this.end = end;
    }

    public int getStart() { return start; }
    public int getEnd() { return end; }
}
