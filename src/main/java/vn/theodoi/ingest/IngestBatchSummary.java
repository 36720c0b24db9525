package vn.theodoi.ingest;

import java.time.Instant;

/** A text read, in the reader's list of recent texts. */
public record IngestBatchSummary(Long id, String sourceName, String opening, Instant createdAt, BatchState state,
        long proposals, long accepted) {
}
