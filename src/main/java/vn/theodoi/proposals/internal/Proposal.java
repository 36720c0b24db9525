package vn.theodoi.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * A proposal or request for opinion: the aggregate that owns its answer and the steps of the flow
 * and holds the flow's order (who may take a step is {@link ProposalAccess}'s to say). No step can be
 * skipped: a draft needs a specialist, a check needs a draft, an approval a check, sending an
 * approval; a check or an approval may return the draft with a reason. The response deadline is
 * fixed when received; timeliness is computed from it, the day answered and today.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_type", nullable = false, updatable = false)
    private ProposalType type;

    @Column(name = "sender_organization_id", nullable = false, updatable = false)
    private Long senderOrganizationId;

    @Column(name = "reference_number", nullable = false)
    private String referenceNumber;

    @Column(name = "received_date", nullable = false, updatable = false)
    private LocalDate receivedDate;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "response_days", nullable = false, updatable = false)
    private int responseDays;

    @Column(name = "response_due_date", nullable = false)
    private LocalDate responseDueDate;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "specialist_username")
    private String specialistUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "proposal_province", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "proposal_agency", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    /** The access list of a classified proposal: its submitter and its specialist are on it. */
    @ElementCollection
    @CollectionTable(name = "proposal_reader", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "proposal_record", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "record_id")
    private Set<Long> recordIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    @OrderBy("takenAt, id")
    private List<ProposalStep> steps = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Proposal() {
    }

    /**
     * Who sent it, as the organization directory resolves the sender: its province (for a provincial
     * committee or standing agency) or itself (for an agency), which the visibility policy reads.
     */
    public record Sender(Long organizationId, String provinceCode, Long agencyId) {
    }

    /**
     * A proposal received on {@code receivedDate}, due {@code dueDate} ({@code responseDays} working
     * days later); {@code departmentId} is the unit that received it, if a Commission unit did.
     */
    public Proposal(ProposalType type, Sender sender, String referenceNumber, LocalDate receivedDate, String subject,
            Clearance classification, int responseDays, LocalDate dueDate, Long departmentId, Set<Long> recordIds,
            String by, Instant now) {
        if (!dueDate.isAfter(receivedDate)) {
            throw new IllegalArgumentException("The deadline follows the day received");
        }
        this.type = type;
        this.senderOrganizationId = sender.organizationId();
        this.referenceNumber = VietnameseText.clean(referenceNumber);
        this.receivedDate = receivedDate;
        this.subject = VietnameseText.clean(subject);
        this.classification = classification;
        this.responseDays = responseDays;
        this.responseDueDate = dueDate;
        this.departmentId = departmentId;
        this.state = ProposalState.RECEIVED;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        if (sender.provinceCode() != null) {
            provinceCodes.add(sender.provinceCode());
        }
        if (sender.agencyId() != null) {
            agencyIds.add(sender.agencyId());
        }
        readers.add(by);
        if (recordIds != null) {
            this.recordIds.addAll(recordIds);
        }
        this.searchText = VietnameseText.searchKey(this.referenceNumber + " " + this.subject);
    }

    // ------------------------------------------------------------------ the flow

    /** Gives it to a department and its specialist; again, before the draft is checked, to hand it on. */
    public void assign(Long departmentId, String specialist, Long expectedVersion, String by, Instant now) {
        expect(expectedVersion);
        requireState("assign", ProposalState.RECEIVED, ProposalState.ASSIGNED, ProposalState.RETURNED);
        this.departmentId = departmentId;
        this.specialistUsername = specialist;
        readers.add(specialist);
        if (state == ProposalState.RECEIVED) {
            this.state = ProposalState.ASSIGNED;
        }
        step("ASSIGNED", by, now, null);
    }

    /** The specialist writes (or rewrites, until it is checked) the draft answer. */
    public void draft(String text, Long expectedVersion, String by, Instant now) {
        expect(expectedVersion);
        requireState("draft", ProposalState.ASSIGNED, ProposalState.RETURNED, ProposalState.DRAFTED);
        this.answerText = VietnameseText.clean(text);
        this.state = ProposalState.DRAFTED;
        step("DRAFTED", by, now, null);
    }

    /** The department head checks the draft. */
    public void check(Long expectedVersion, String by, Instant now) {
        expect(expectedVersion);
        requireState("check", ProposalState.DRAFTED);
        this.state = ProposalState.CHECKED;
        step("CHECKED", by, now, null);
    }

    /** A leader approves the checked answer. */
    public void approve(Long expectedVersion, String by, Instant now) {
        expect(expectedVersion);
        requireState("approve", ProposalState.CHECKED);
        this.state = ProposalState.APPROVED;
        step("APPROVED", by, now, null);
    }

    /** A check (of a draft) or an approval (of a checked answer) sends it back to the specialist. */
    public void sendBack(String reason, Long expectedVersion, String by, Instant now) {
        expect(expectedVersion);
        requireState("return", ProposalState.DRAFTED, ProposalState.CHECKED);
        this.state = ProposalState.RETURNED;
        step("RETURNED", by, now, VietnameseText.clean(reason));
    }

    /** The approved answer went out on {@code date}: a day that has come, not before the proposal was received. */
    public void send(LocalDate date, Long expectedVersion, String by, LocalDate today, Instant now) {
        expect(expectedVersion);
        requireState("send", ProposalState.APPROVED);
        if (date.isAfter(today)) {
            throw new DomainRuleViolation("proposal.dateInFuture", date, today);
        }
        if (date.isBefore(receivedDate)) {
            throw new DomainRuleViolation("proposal.sentBeforeReceived", date, receivedDate);
        }
        this.answeredOn = date;
        this.state = ProposalState.SENT;
        step("SENT", by, now, null);
    }

    /** The timeliness today: computed, never stored. */
    public Timeliness timeliness(LocalDate today) {
        return Timeliness.of(responseDueDate, answeredOn, today);
    }

    private void expect(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConcurrentEditException();
        }
    }

    private void requireState(String action, ProposalState... allowed) {
        for (ProposalState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new DomainRuleViolation("proposal.outOfOrder." + action, state);
    }

    private void step(String step, String by, Instant now, String reason) {
        steps.add(new ProposalStep(step, by, now, reason));
        this.updatedAt = now;
    }

    /** A generated history (demo and scale data) dates its changes in the past. */
    public void changedAt(Instant when) {
        this.updatedAt = when;
    }

    /** The facts the visibility policy looks at: the answering department owns the proposal. */
    public Visibility.Item visibleItem() {
        return new Visibility.Item(classification, departmentId, null, provinceCodes, agencyIds, readers);
    }

    // ------------------------------------------------------------------ reading

    public Long getId() { return id; }
    public ProposalType getType() { return type; }
    public Long getSenderOrganizationId() { return senderOrganizationId; }
    public String getReferenceNumber() { return referenceNumber; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public String getSubject() { return subject; }
    public Clearance getClassification() { return classification; }
    public int getResponseDays() { return responseDays; }
    public LocalDate getResponseDueDate() { return responseDueDate; }
    public Long getDepartmentId() { return departmentId; }
    public String getSpecialistUsername() { return specialistUsername; }
    public ProposalState getState() { return state; }
    public String getAnswerText() { return answerText; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public Set<String> getProvinceCodes() { return Set.copyOf(provinceCodes); }
    public Set<Long> getAgencyIds() { return Set.copyOf(agencyIds); }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public Set<Long> getRecordIds() { return Set.copyOf(recordIds); }
    public List<ProposalStep> steps() { return List.copyOf(steps); }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
