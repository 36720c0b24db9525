package vn.theodoi.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.shared.VietnameseText;

/**
 * A case, matter or crime report under oversight: the aggregate whose events drive its stage and
 * time limits. The stage and the current due dates are derived from the events and stored only so
 * that lists filter and sort in the database.
 */
@Entity
@Table(name = "oversight_record")
public class OversightRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordKind kind;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "oversight_level")
    private Integer oversightLevel;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "owner_organization_id", nullable = false)
    private Long ownerOrganizationId;

    @Column(name = "owner_department_id")
    private Long ownerDepartmentId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "responsible_username")
    private String responsibleUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_stage")
    private Stage currentStage;

    @Column(name = "current_due_date")
    private LocalDate currentDueDate;

    @Column(name = "current_request_deadline")
    private LocalDate currentRequestDeadline;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "damage_vnd", nullable = false)
    private long damageVnd;

    @Column(name = "seized_vnd", nullable = false)
    private long seizedVnd;

    @Column(name = "recovered_vnd", nullable = false)
    private long recoveredVnd;

    @ElementCollection
    @CollectionTable(name = "record_province", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "record_agency", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "record_crime_article", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "article")
    private Set<String> crimeArticles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "record_reader", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<RecordEvent> events = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OversightRecord() {
    }

    OversightRecord(String code, RecordKind kind, Long parentId, String createdBy, Instant now) {
        this.code = code;
        this.kind = kind;
        this.parentId = parentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(RecordDetails details, Instant now) {
        this.title = VietnameseText.clean(details.title());
        this.summary = VietnameseText.clean(details.summary());
        this.severity = details.severity();
        this.classification = details.classification();
        this.ownerOrganizationId = details.ownerOrganizationId();
        this.ownerDepartmentId = details.ownerDepartmentId();
        this.responsibleUsername = details.responsibleUsername();
        replace(provinceCodes, details.provinceCodes());
        replace(agencyIds, details.agencyIds());
        replace(crimeArticles, details.crimeArticles());
        replace(readers, details.readers());
        this.updatedAt = now;
    }

    void setOversightLevel(Integer level, Instant now) {
        this.oversightLevel = level;
        this.updatedAt = now;
    }

    void convertTo(RecordKind kind, Instant now) {
        this.kind = kind;
        this.updatedAt = now;
    }

    RecordEvent record(EventInput input, String by, Instant now) {
        RecordEvent event = new RecordEvent(this, input, by, now);
        events.add(event);
        this.updatedAt = now;
        return event;
    }

    /** The events in force, in procedure order: by date, then in the order they were entered. */
    List<RecordEvent> currentEvents() {
        return events.stream().filter(RecordEvent::isCurrent)
                .sorted(Comparator.comparing(RecordEvent::getDate).thenComparing(RecordEvent::getRecordedAt)
                        .thenComparing(e -> e.getId() == null ? Long.MAX_VALUE : e.getId()))
                .toList();
    }

    List<ProcedureEvent> procedureEvents() {
        return currentEvents().stream().map(RecordEvent::toProcedureEvent).toList();
    }

    List<RecordEvent> allEvents() {
        return List.copyOf(events);
    }

    /** Stores what the deadline engine derived, for filtering and sorting lists in the database. */
    void derive(ProcedureAssessment assessment) {
        this.currentStage = assessment.currentStage();
        TimeLimit open = assessment.currentLimit().orElse(null);
        this.currentDueDate = open == null ? null : open.dueDate();
        this.currentRequestDeadline = open == null ? null : open.lastDayToRequestExtension();
    }

    /** As {@link #derive}, telling whether anything stored changed (a recount touches no unchanged row). */
    boolean deriveIfChanged(ProcedureAssessment assessment) {
        Stage stage = currentStage;
        LocalDate due = currentDueDate;
        LocalDate request = currentRequestDeadline;
        derive(assessment);
        return stage != currentStage || !java.util.Objects.equals(due, currentDueDate)
                || !java.util.Objects.equals(request, currentRequestDeadline);
    }

    void totals(long damage, long seized, long recovered, Instant now) {
        this.damageVnd = damage;
        this.seizedVnd = seized;
        this.recoveredVnd = recovered;
        this.updatedAt = now;
    }

    void index(String personNames) {
        this.searchText = VietnameseText.fold(String.join(" ", code, title, summary == null ? "" : summary,
                personNames == null ? "" : personNames));
    }

    /** Loads the lazily fetched parts, for a view read after the transaction ends. */
    void loadParts() {
        org.hibernate.Hibernate.initialize(provinceCodes);
        org.hibernate.Hibernate.initialize(agencyIds);
        org.hibernate.Hibernate.initialize(crimeArticles);
        org.hibernate.Hibernate.initialize(readers);
        org.hibernate.Hibernate.initialize(events);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public RecordKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public Integer getOversightLevel() { return oversightLevel; }
    public Severity getSeverity() { return severity; }
    public Clearance getClassification() { return classification; }
    public Long getOwnerOrganizationId() { return ownerOrganizationId; }
    public Long getOwnerDepartmentId() { return ownerDepartmentId; }
    public Long getParentId() { return parentId; }
    public String getResponsibleUsername() { return responsibleUsername; }
    public Stage getCurrentStage() { return currentStage; }
    public LocalDate getCurrentDueDate() { return currentDueDate; }
    public long getDamageVnd() { return damageVnd; }
    public long getSeizedVnd() { return seizedVnd; }
    public long getRecoveredVnd() { return recoveredVnd; }
    public Set<String> getProvinceCodes() { return Set.copyOf(provinceCodes); }
    public Set<Long> getAgencyIds() { return Set.copyOf(agencyIds); }
    public Set<String> getCrimeArticles() { return Set.copyOf(crimeArticles); }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
