package vn.theodoi.ingest.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import vn.theodoi.ingest.IngestBatchSummary;

/** The texts read, by id; a person's recent ones. */
interface IngestBatches extends JpaRepository<IngestBatch, Long> {

    /** The batch with its row locked until the transaction ends: two decisions on it wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from IngestBatch b where b.id = :id")
    Optional<IngestBatch> findForDecision(Long id);

    /** A person's texts, the latest first, with the opening of each and how many proposals were accepted. */
    @Query("select new vn.theodoi.ingest.IngestBatchSummary(b.id, b.sourceName, substring(b.content, 1, 160),"
            + " b.createdAt, b.state, (select count(p) from IngestProposal p where p.batch = b),"
            + " (select count(p) from IngestProposal p where p.batch = b"
            + " and p.decision = vn.theodoi.ingest.Decision.ACCEPTED))"
            + " from IngestBatch b where b.createdBy = :username order by b.createdAt desc, b.id desc")
    List<IngestBatchSummary> recent(String username, Pageable page);
}
