package vn.theodoi.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.ingest.BatchState;
import vn.theodoi.ingest.Decision;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * A text read: the aggregate that owns the text, what the engine proposed from it and recognized in it, and the
 * reader's decision. A batch is decided once: every proposal accepted or rejected together, never again.
 */
@Entity
@Table(name = "ingest_batch")
public class IngestBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "source_name", updatable = false)
    private String sourceName;

    @Column(name = "read_on", nullable = false, updatable = false)
    private LocalDate readOn;

    @Column(nullable = false, length = 100_000, updatable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BatchState state;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<IngestProposal> proposals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ingest_mention", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderColumn(name = "position")
    private List<Mention> mentions = new ArrayList<>();

    protected IngestBatch() {
    }

    IngestBatch(String createdBy, Instant createdAt, String sourceName, LocalDate readOn, String content) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.sourceName = sourceName;
        this.readOn = readOn;
        this.content = content;
        this.state = BatchState.PROPOSED;
    }

    void proposeRecord(long recordId, String via, int contextStart, int contextEnd, List<Evidence> evidence) {
        proposals.add(new IngestProposal(this, proposals.size() + 1, vn.theodoi.ingest.ProposalKind.RECORD_LINK,
                recordId, via, null, null, List.of(), null, null, contextStart, contextEnd, evidence));
    }

    void proposeTask(String title, String leadCode, List<String> coordinatorCodes, LocalDate dueDate, String dueText,
            Long recordId, int contextStart, int contextEnd, List<Evidence> evidence) {
        proposals.add(new IngestProposal(this, proposals.size() + 1, vn.theodoi.ingest.ProposalKind.TASK, recordId,
                null, title, leadCode, coordinatorCodes, dueDate, dueText, contextStart, contextEnd, evidence));
    }

    void recognized(Mention mention) {
        mentions.add(mention);
    }

    /**
     * Checks a decision before anything is written: the batch is still undecided, and every id is one of its
     * proposals.
     */
    void checkDecision(Collection<Long> accepted) {
        if (state == BatchState.DECIDED) {
            throw new DomainRuleViolation("ingest.alreadyDecided", id);
        }
        Set<Long> own = new HashSet<>();
        proposals.forEach(p -> own.add(p.getId()));
        List<Long> foreign = accepted.stream().filter(a -> !own.contains(a)).toList();
        if (!foreign.isEmpty()) {
            throw new DomainRuleViolation("ingest.proposalNotInBatch", foreign.toString(), id);
        }
    }

    /** Every proposal not accepted is rejected; the batch is decided. */
    void decided(Instant at) {
        for (IngestProposal p : proposals) {
            if (p.getDecision() == null) {
                p.decide(Decision.REJECTED, null, false);
            }
        }
        state = BatchState.DECIDED;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSourceName() { return sourceName; }
    public LocalDate getReadOn() { return readOn; }
    public String getContent() { return content; }
    public BatchState getState() { return state; }
    public Instant getDecidedAt() { return decidedAt; }
    public List<IngestProposal> getProposals() { return List.copyOf(proposals); }
    public List<Mention> getMentions() { return List.copyOf(mentions); }
}
