package vn.theodoi.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A text read, its proposals and what was recognized in it, as its reader sees them. */
public record IngestBatchView(Long id, String sourceName, String text, LocalDate readOn, String createdBy,
        Instant createdAt, BatchState state, Instant decidedAt, List<IngestProposalView> proposals,
        List<IngestMentionView> mentions) {

    public long accepted() {
        return proposals.stream().filter(p -> p.decision() == Decision.ACCEPTED).count();
    }
}
