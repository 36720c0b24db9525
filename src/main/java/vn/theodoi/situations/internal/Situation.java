package vn.theodoi.situations.internal;

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
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.situations.SituationStatus;
import vn.theodoi.situations.SituationType;

/**
 * A hot spot (điểm nóng) reported from a province: the aggregate that owns its follow-up entries and
 * links and holds the rules. The status changes only through a follow-up entry, so its history is
 * the list of entries. What the visibility policy reads (the province, the reporting unit as the
 * owner, the access list) is kept beside it.
 */
@Entity
@Table(name = "situation")
public class Situation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation_type", nullable = false)
    private SituationType type;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Column(nullable = false)
    private String place;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column
    private String scale;

    @Column(nullable = false)
    private int severity;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SituationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "owner_organization_id", nullable = false, updatable = false)
    private Long ownerOrganizationId;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "situation_reader", joinColumns = @JoinColumn(name = "situation_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "situation_record", joinColumns = @JoinColumn(name = "situation_id"))
    @Column(name = "record_id")
    private Set<Long> recordIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "situation_task", joinColumns = @JoinColumn(name = "situation_id"))
    @Column(name = "task_id")
    private Set<Long> taskIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "situation_id", nullable = false, updatable = false)
    @OrderBy("updateDate, id")
    private List<SituationUpdate> updates = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Situation() {
    }

    /** A hot spot as reported on a day that has come, open until a follow-up entry says otherwise. */
    public Situation(SituationType type, String provinceCode, String place, LocalDate occurredOn, String scale,
            int severity, String summary, Clearance classification, Long ownerOrganizationId, Set<String> readers,
            String by, LocalDate today, Instant now) {
        if (occurredOn.isAfter(today)) {
            throw new DomainRuleViolation("situation.dateInFuture", occurredOn, today);
        }
        if (severity < 1 || severity > 3) {
            throw new DomainRuleViolation("situation.severity", severity);
        }
        this.type = type;
        this.provinceCode = provinceCode;
        this.place = VietnameseText.clean(place);
        this.occurredOn = occurredOn;
        this.scale = VietnameseText.clean(scale);
        this.severity = severity;
        this.summary = VietnameseText.clean(summary);
        this.status = SituationStatus.OPEN;
        this.classification = classification;
        this.ownerOrganizationId = ownerOrganizationId;
        this.reportedBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        if (readers != null) {
            this.readers.addAll(readers);
        }
        this.readers.add(by);
        this.searchText = VietnameseText.searchKey(String.join(" ", this.place, this.summary,
                this.scale == null ? "" : this.scale));
    }

    // ------------------------------------------------------------------ rules

    /**
     * A follow-up entry as of a day that has come and not before the hot spot occurred; with a new
     * status, it moves the hot spot there (a resolved hot spot flaring up again is reopened the same
     * way). {@code expectedVersion} is the version the writer read.
     */
    public SituationUpdate addUpdate(LocalDate date, String text, SituationStatus newStatus, long expectedVersion,
            String by, LocalDate today, Instant now) {
        checkVersion(expectedVersion);
        if (date.isAfter(today)) {
            throw new DomainRuleViolation("situation.dateInFuture", date, today);
        }
        if (date.isBefore(occurredOn)) {
            throw new DomainRuleViolation("situation.updateBeforeOccurred", date, occurredOn);
        }
        SituationStatus after = newStatus == null ? status : newStatus;
        if (!after.isOpen() && !status.isOpen()) {
            throw new DomainRuleViolation("situation.alreadyResolved");
        }
        SituationUpdate update = new SituationUpdate(date, VietnameseText.clean(text), status, after, by, now);
        updates.add(update);
        this.status = after;
        this.updatedAt = now;
        return update;
    }

    /** Links a record that came of the hot spot (once). */
    public void linkRecord(Long recordId, long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        if (!recordIds.add(recordId)) {
            throw new DomainRuleViolation("situation.alreadyLinked");
        }
        this.updatedAt = now;
    }

    /** Links a task that came of the hot spot (once). */
    public void linkTask(Long taskId, long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        if (!taskIds.add(taskId)) {
            throw new DomainRuleViolation("situation.alreadyLinked");
        }
        this.updatedAt = now;
    }

    /** A generated history (bulk data) may date its changes in the past. */
    public void changedAt(Instant when) {
        this.updatedAt = when;
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException();
        }
    }

    /**
     * The facts the visibility policy looks at: the reporting unit owns the hot spot, its province is
     * the one it happened in; {@code ownerProvinceCode} is the province whose committee or standing
     * agency reported it (null for a central unit).
     */
    public Visibility.Item visibleItem(String ownerProvinceCode) {
        return new Visibility.Item(classification, ownerOrganizationId, ownerProvinceCode, Set.of(provinceCode),
                Set.of(), readers);
    }

    // ------------------------------------------------------------------ reading

    public Long getId() { return id; }
    public SituationType getType() { return type; }
    public String getProvinceCode() { return provinceCode; }
    public String getPlace() { return place; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getScale() { return scale; }
    public int getSeverity() { return severity; }
    public String getSummary() { return summary; }
    public SituationStatus getStatus() { return status; }
    public Clearance getClassification() { return classification; }
    public Long getOwnerOrganizationId() { return ownerOrganizationId; }
    public String getReportedBy() { return reportedBy; }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public Set<Long> getRecordIds() { return Set.copyOf(recordIds); }
    public Set<Long> getTaskIds() { return Set.copyOf(taskIds); }
    public List<SituationUpdate> updates() { return List.copyOf(updates); }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
