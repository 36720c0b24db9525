package vn.theodoi.meetings.internal;

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
import vn.theodoi.meetings.DocumentState;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * A session of the Steering Committee or a meeting of its standing members: the aggregate that
 * owns its agenda, the documents to prepare and its conclusion's requirements.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    /** The length of the search_text column (V79). */
    private static final int SEARCH_KEY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingType type;

    @Column(updatable = false)
    private Integer number;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "owner_unit_id", nullable = false)
    private Long ownerUnitId;

    @Column(name = "conclusion_number")
    private String conclusionNumber;

    @Column(name = "conclusion_date")
    private LocalDate conclusionDate;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "meeting_province", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_unit", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "organization_id")
    private Set<Long> sharingUnitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_reader", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("position, id")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("dueDate, id")
    private List<PreparedDocument> documents = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<Requirement> requirements = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Meeting() {
    }

    public Meeting(MeetingType type, Integer number, LocalDate date, String title, Clearance classification,
            Long ownerUnitId, Set<String> readers, String by, Instant now) {
        if (type == MeetingType.SESSION && number == null) {
            throw new DomainRuleViolation("meeting.sessionNumberRequired");
        }
        this.type = type;
        this.number = number;
        this.date = date;
        this.title = VietnameseText.clean(title);
        this.classification = classification;
        this.ownerUnitId = ownerUnitId;
        this.readers.addAll(readers);
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        index();
    }

    /** The folded search key: title, session number, and the conclusion's number and requirements once concluded. */
    private void index() {
        StringBuilder text = new StringBuilder(title).append(' ').append(number == null ? "" : number);
        if (conclusionNumber != null) {
            // as people name it: "kết luận 28-KL/BCĐTW"
            text.append(" Kết luận ").append(conclusionNumber);
        }
        String key = VietnameseText.searchKey(text.toString());
        for (Requirement r : requirements) {
            String more = VietnameseText.searchWords(r.text) + " ";
            if (key.length() + more.length() > SEARCH_KEY_LENGTH) {
                break;
            }
            key += more;
        }
        this.searchText = key;
    }

    public void addAgendaItem(String title, Long recordId, Instant now) {
        agenda.add(new AgendaItem(agenda.size() + 1, VietnameseText.clean(title), recordId));
        this.updatedAt = now;
    }

    public PreparedDocument addDocument(String title, Long ownerDepartmentId, LocalDate dueDate, Instant now) {
        if (dueDate.isAfter(date)) {
            throw new DomainRuleViolation("meeting.documentAfterMeeting", dueDate, date);
        }
        PreparedDocument document = new PreparedDocument(VietnameseText.clean(title), ownerDepartmentId, dueDate);
        documents.add(document);
        sharingUnitIds.add(ownerDepartmentId);
        this.updatedAt = now;
        return document;
    }

    public void moveDocument(Long documentId, DocumentState state, Long expectedVersion, Instant now) {
        PreparedDocument document = documents.stream().filter(d -> documentId.equals(d.id)).findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
        if (expectedVersion == null || expectedVersion != document.version) {
            throw new ConcurrentEditException();
        }
        document.state = state;
        this.updatedAt = now;
    }

    /** The parties a requirement names, as the visibility policy reads them. */
    public record Party(Long organizationId, String provinceCode, boolean agency, boolean commissionUnit) {
    }

    /**
     * Records the conclusion: its number, date and requirements (numbered from 1), each with the
     * task it became. Once: a conclusion is not rewritten.
     */
    public void conclude(String number, LocalDate on, List<Requirement> made, List<Party> parties, LocalDate today,
            Instant now) {
        if (conclusionNumber != null) {
            throw new DomainRuleViolation("meeting.alreadyConcluded", conclusionNumber);
        }
        if (on.isBefore(date)) {
            throw new DomainRuleViolation("meeting.conclusionBeforeMeeting", on, date);
        }
        if (on.isAfter(today)) {
            throw new DomainRuleViolation("task.dateInFuture", on, today);
        }
        this.conclusionNumber = VietnameseText.clean(number);
        this.conclusionDate = on;
        requirements.addAll(made);
        index();
        for (Party p : parties) {
            if (p.provinceCode() != null) {
                provinceCodes.add(p.provinceCode());
            }
            if (p.agency()) {
                agencyIds.add(p.organizationId());
            }
            if (p.commissionUnit()) {
                sharingUnitIds.add(p.organizationId());
            }
        }
        this.updatedAt = now;
    }

    /** How people cite it: "Phiên họp thứ 24" is built by the pages; this is the reference tasks keep. */
    public String reference() {
        return (type == MeetingType.SESSION ? "Phiên họp thứ " + number : "Cuộc họp Thường trực"
                + (number == null ? "" : " số " + number)) + " (" + date + ")";
    }

    public Visibility.Item visibleItem() {
        return new Visibility.Item(classification, ownerUnitId, null, provinceCodes, agencyIds, readers,
                sharingUnitIds);
    }

    public Long getId() { return id; }
    public MeetingType getType() { return type; }
    public Integer getNumber() { return number; }
    public LocalDate getDate() { return date; }
    public String getTitle() { return title; }
    public Clearance getClassification() { return classification; }
    public Long getOwnerUnitId() { return ownerUnitId; }
    public String getConclusionNumber() { return conclusionNumber; }
    public LocalDate getConclusionDate() { return conclusionDate; }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public List<AgendaItem> agenda() { return List.copyOf(agenda); }
    public List<PreparedDocument> documents() { return List.copyOf(documents); }
    public List<Requirement> requirements() { return List.copyOf(requirements); }
    public long getVersion() { return version; }
}
