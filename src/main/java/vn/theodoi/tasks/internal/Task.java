package vn.theodoi.tasks.internal;

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
import vn.theodoi.tasks.SchemeMilestone;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.TaskStatus;

/**
 * A task (nhiệm vụ), whatever its source: the aggregate that owns its progress reports, urges and
 * due-date history and holds the rules. Its status is computed from the due date, the completion
 * date and today; nothing typed. What the visibility policy reads (the lead organization as the
 * owning unit, the provinces and agencies of the lead and coordinating organizations, the access
 * list) is kept beside it.
 */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false)
    private TaskSourceType sourceType;

    @Column(name = "source_reference")
    private String sourceReference;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "requirement_number", updatable = false)
    private Integer requirementNumber;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone")
    private SchemeMilestone milestone;

    @Column(name = "lead_organization_id", nullable = false)
    private Long leadOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "result")
    private String result;

    @Column(name = "responsible_username")
    private String responsibleUsername;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id")
    private Set<Long> coordinatorIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_province", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_agency", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    /** The access list (danh sách được tiếp cận) of a classified task. */
    @ElementCollection
    @CollectionTable(name = "task_reader", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_record", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "record_id")
    private Set<Long> recordIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("reportDate, id")
    private List<ProgressReport> progress = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("urgedAt, id")
    private List<Urge> urges = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("changedAt, id")
    private List<DueDateChange> dueChanges = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Task() {
    }

    /** The parties of a task as the organization directory resolves them. */
    public record Parties(Long leadOrganizationId, Set<Long> coordinatorIds, Set<String> provinceCodes,
            Set<Long> agencyIds) {
    }

    /** Gives a task to its lead organization on {@code assignedOn}. */
    public Task(String code, String title, TaskSourceType sourceType, String sourceReference, Long meetingId,
            Integer requirementNumber, Long parentId, SchemeMilestone milestone, Parties parties,
            Clearance classification, LocalDate assignedOn, LocalDate dueDate, Set<Long> recordIds,
            Set<String> readers, String responsibleUsername, String by, Instant now) {
        if ((parentId == null) != (milestone == null)) {
            throw new DomainRuleViolation("task.milestoneNeedsScheme");
        }
        if (dueDate != null && dueDate.isBefore(assignedOn)) {
            throw new DomainRuleViolation("task.dueBeforeAssigned", dueDate, assignedOn);
        }
        this.code = code;
        this.title = VietnameseText.clean(title);
        this.sourceType = sourceType;
        this.sourceReference = VietnameseText.clean(sourceReference);
        this.meetingId = meetingId;
        this.requirementNumber = requirementNumber;
        this.parentId = parentId;
        this.milestone = milestone;
        this.classification = classification;
        this.assignedOn = assignedOn;
        this.dueDate = dueDate;
        this.responsibleUsername = VietnameseText.clean(responsibleUsername);
        this.waitingSince = now;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        place(parties);
        replace(this.recordIds, recordIds);
        replace(this.readers, readers);
        index();
    }

    private void place(Parties parties) {
        if (parties.coordinatorIds().contains(parties.leadOrganizationId())) {
            throw new DomainRuleViolation("task.leadAlsoCoordinates");
        }
        this.leadOrganizationId = parties.leadOrganizationId();
        replace(coordinatorIds, parties.coordinatorIds());
        replace(provinceCodes, parties.provinceCodes());
        replace(agencyIds, parties.agencyIds());
    }

    // ------------------------------------------------------------------ rules

    /** The status today: computed, never stored. */
    public TaskStatus status(LocalDate today) {
        return TaskStatus.of(dueDate, completedOn, today);
    }

    /** A progress report as of a day that has come (not in the future), on a task not yet done. */
    public void reportProgress(LocalDate date, String text, String by, LocalDate today, Instant now) {
        notInFuture(date, today);
        if (completedOn != null) {
            throw new DomainRuleViolation("task.alreadyCompleted", completedOn);
        }
        if (date.isBefore(assignedOn)) {
            throw new DomainRuleViolation("task.beforeAssigned", date, assignedOn);
        }
        progress.add(new ProgressReport(date, VietnameseText.clean(text), by, now));
        this.waitingSince = now;
        this.updatedAt = now;
    }

    /** Completes the task on a day that has come, with its result; once. */
    public void complete(LocalDate date, String result, LocalDate today, Instant now) {
        notInFuture(date, today);
        if (completedOn != null) {
            throw new DomainRuleViolation("task.alreadyCompleted", completedOn);
        }
        if (date.isBefore(assignedOn)) {
            throw new DomainRuleViolation("task.beforeAssigned", date, assignedOn);
        }
        this.completedOn = date;
        this.result = VietnameseText.clean(result);
        this.updatedAt = now;
    }

    /** Urges the lead organization (đôn đốc); recorded with who, when, to whom and the message. */
    public Urge urge(String message, String by, Instant now) {
        if (completedOn != null) {
            throw new DomainRuleViolation("task.alreadyCompleted", completedOn);
        }
        Urge urge = new Urge(by, now, leadOrganizationId, VietnameseText.clean(message));
        urges.add(urge);
        this.updatedAt = now;
        return urge;
    }

    /** A leader moves (or removes) the due date: the old one stays in the history, with the reason. */
    public void changeDueDate(LocalDate to, String reason, long expectedVersion, String by, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException();
        }
        if (completedOn != null) {
            throw new DomainRuleViolation("task.alreadyCompleted", completedOn);
        }
        if (java.util.Objects.equals(to, dueDate)) {
            throw new DomainRuleViolation("task.sameDueDate");
        }
        if (to != null && to.isBefore(assignedOn)) {
            throw new DomainRuleViolation("task.dueBeforeAssigned", to, assignedOn);
        }
        dueChanges.add(new DueDateChange(dueDate, to, VietnameseText.clean(reason), by, now));
        this.dueDate = to;
        this.updatedAt = now;
    }

    /** Hands the task to another person; from now on it waits with them. */
    public void reassign(String username, Instant now) {
        this.responsibleUsername = username;
        this.waitingSince = now;
        this.updatedAt = now;
    }

    /** A generated history (bulk data) may date its changes in the past. */
    public void changedAt(Instant when) {
        this.updatedAt = when;
        this.waitingSince = when;
    }

    private static void notInFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new DomainRuleViolation("task.dateInFuture", date, today);
        }
    }

    private void index() {
        this.searchText = VietnameseText.searchKey(String.join(" ", code, title,
                sourceReference == null ? "" : sourceReference));
    }

    /** The facts the visibility policy looks at: the lead organization owns the task. */
    public Visibility.Item visibleItem(String leadProvinceCode) {
        return new Visibility.Item(classification, leadOrganizationId, leadProvinceCode, provinceCodes, agencyIds,
                readers, coordinatorIds);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    // ------------------------------------------------------------------ reading

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public TaskSourceType getSourceType() { return sourceType; }
    public String getSourceReference() { return sourceReference; }
    public Long getMeetingId() { return meetingId; }
    public Integer getRequirementNumber() { return requirementNumber; }
    public Long getParentId() { return parentId; }
    public SchemeMilestone getMilestone() { return milestone; }
    public Long getLeadOrganizationId() { return leadOrganizationId; }
    public Clearance getClassification() { return classification; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getResult() { return result; }
    public String getResponsibleUsername() { return responsibleUsername; }
    public Instant getWaitingSince() { return waitingSince; }
    public Set<Long> getCoordinatorIds() { return Set.copyOf(coordinatorIds); }
    public Set<String> getProvinceCodes() { return Set.copyOf(provinceCodes); }
    public Set<Long> getAgencyIds() { return Set.copyOf(agencyIds); }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public Set<Long> getRecordIds() { return Set.copyOf(recordIds); }
    public List<ProgressReport> progress() { return List.copyOf(progress); }
    public List<Urge> urges() { return List.copyOf(urges); }
    public List<DueDateChange> dueChanges() { return List.copyOf(dueChanges); }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
