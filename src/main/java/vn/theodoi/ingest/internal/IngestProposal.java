package vn.theodoi.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.theodoi.ingest.Decision;
import vn.theodoi.ingest.ProposalKind;

/** One proposal of a text: a record it names, or a task a directing sentence gives. A part of {@link IngestBatch}. */
@Entity
@Table(name = "ingest_proposal")
public class IngestProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private IngestBatch batch;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProposalKind kind;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(updatable = false)
    private String via;

    @Column(length = 2000, updatable = false)
    private String title;

    @Column(name = "lead_code", updatable = false)
    private String leadCode;

    @Column(name = "coordinator_codes", length = 1000, updatable = false)
    private String coordinatorCodes;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "due_text", length = 200, updatable = false)
    private String dueText;

    @Column(name = "context_start", nullable = false, updatable = false)
    private int contextStart;

    @Column(name = "context_end", nullable = false, updatable = false)
    private int contextEnd;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "task_id")
    private Long taskId;

    @Column(nullable = false)
    private boolean edited;

    @ElementCollection
    @CollectionTable(name = "ingest_evidence", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected IngestProposal() {
    }

    IngestProposal(IngestBatch batch, int position, ProposalKind kind, Long recordId, String via, String title,
            String leadCode, List<String> coordinatorCodes, LocalDate dueDate, String dueText, int contextStart,
            int contextEnd, List<Evidence> evidence) {
        this.batch = batch;
        this.position = position;
        this.kind = kind;
        this.recordId = recordId;
        this.via = via;
        this.title = title == null || title.length() <= 2000 ? title : title.substring(0, 1999) + "…";
        this.leadCode = leadCode;
        this.coordinatorCodes = coordinatorCodes == null || coordinatorCodes.isEmpty() ? null
                : String.join(",", coordinatorCodes);
        this.dueDate = dueDate;
        this.dueText = dueText == null || dueText.length() <= 200 ? dueText : dueText.substring(0, 200);
        this.contextStart = contextStart;
        this.contextEnd = contextEnd;
        this.evidence.addAll(evidence);
    }

    void decide(Decision decision, Long taskId, boolean edited) {
        this.decision = decision;
        this.taskId = taskId;
        this.edited = edited;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public ProposalKind getKind() { return kind; }
    public Long getRecordId() { return recordId; }
    public String getVia() { return via; }
    public String getTitle() { return title; }
    public String getLeadCode() { return leadCode; }
    public LocalDate getDueDate() { return dueDate; }
    public String getDueText() { return dueText; }
    public int getContextStart() { return contextStart; }
    public int getContextEnd() { return contextEnd; }
    public Decision getDecision() { return decision; }
    public Long getTaskId() { return taskId; }
    public boolean isEdited() { return edited; }
    public List<Evidence> getEvidence() { return List.copyOf(evidence); }

    public List<String> getCoordinatorCodes() {
        return coordinatorCodes == null ? List.of() : Arrays.asList(coordinatorCodes.split(","));
    }
}
