package vn.theodoi.inspections.internal;

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
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.inspections.InspectionStatus;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * An inspection or supervision (đợt kiểm tra, giám sát): the aggregate that owns its team, its
 * lifecycle (planned, in progress, concluded; only forward, each step on a day that is not in the
 * future), its findings and its numbered recommendations, and holds the rules. A conclusion needs
 * findings; recommendations are made once work has started. What the visibility policy reads is
 * kept beside it: the conducting unit owns it; the units of the team and of the recommendations'
 * lead departments share it; the provinces and agencies are the target's and the leads'; the
 * access list is the team and the named readers.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InspectionKind kind;

    @Column(nullable = false)
    private String subject;

    @Column(name = "target_organization_id", nullable = false, updatable = false)
    private Long targetOrganizationId;

    @Column(name = "owner_unit_id", nullable = false)
    private Long ownerUnitId;

    /** The province whose standing agency conducts it; null for a central unit (not stored: derived from the owner). */
    private transient String ownerProvinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Clearance classification;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "conclusion_reference")
    private String conclusionReference;

    @Column
    private String findings;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "inspection_member", joinColumns = @JoinColumn(name = "inspection_id"))
    private Set<TeamMember> team = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "inspection_province", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "province_code")
    private Set<String> provinceCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "inspection_agency", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "inspection_unit", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "organization_id")
    private Set<Long> sharingUnitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "inspection_reader", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<Recommendation> recommendations = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** An organization the inspection names, as the visibility policy reads it. */
    public record Party(Long organizationId, String provinceCode, boolean agency, boolean commissionUnit) {
    }

    protected Inspection() {
    }

    /**
     * A planned inspection. {@code teamHead}, when given, heads the team (and is added to it);
     * {@code teamUnitIds} are the units of the team's members, who share the inspection.
     */
    public Inspection(InspectionKind kind, String subject, Party target, Long ownerUnitId, String ownerProvinceCode,
            Clearance classification, LocalDate periodStart, LocalDate periodEnd, String teamHead, Set<String> team,
            Set<Long> teamUnitIds, Set<String> readers, String by, Instant now) {
        if (periodEnd.isBefore(periodStart)) {
            throw new DomainRuleViolation("inspection.periodReversed", periodStart, periodEnd);
        }
        this.kind = kind;
        this.subject = VietnameseText.clean(subject);
        this.targetOrganizationId = target.organizationId();
        this.ownerUnitId = ownerUnitId;
        this.ownerProvinceCode = ownerProvinceCode;
        this.classification = classification;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = InspectionStatus.PLANNED;
        if (teamHead != null) {
            this.team.add(new TeamMember(teamHead, true));
        }
        for (String member : team) {
            if (!member.equals(teamHead)) {
                this.team.add(new TeamMember(member, false));
            }
        }
        this.readers.addAll(readers);
        this.team.forEach(m -> this.readers.add(m.username()));
        this.sharingUnitIds.addAll(teamUnitIds);
        if (ownerProvinceCode != null) {
            this.provinceCodes.add(ownerProvinceCode);
        }
        share(target);
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
        this.searchText = VietnameseText.searchKey(this.subject);
    }

    private void share(Party p) {
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

    private void expect(Long expectedVersion) {
        if (expectedVersion == null || expectedVersion != version) {
            throw new ConcurrentEditException();
        }
    }

    private static void notInFuture(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("inspection.dateInFuture", day, today);
        }
    }

    /** The team starts work: planned → in progress. */
    public void start(LocalDate on, Long expectedVersion, LocalDate today, Instant now) {
        expect(expectedVersion);
        if (status != InspectionStatus.PLANNED) {
            throw new DomainRuleViolation("inspection.alreadyStarted", startedOn);
        }
        notInFuture(on, today);
        this.status = InspectionStatus.IN_PROGRESS;
        this.startedOn = on;
        this.updatedAt = now;
    }

    /** The findings, while the team is at work. */
    public void recordFindings(String text, Long expectedVersion, Instant now) {
        expect(expectedVersion);
        inProgress();
        String cleaned = VietnameseText.clean(text);
        if (cleaned == null) {
            throw new DomainRuleViolation("inspection.findingsRequired");
        }
        this.findings = cleaned;
        this.updatedAt = now;
    }

    private void inProgress() {
        if (status == InspectionStatus.PLANNED) {
            throw new DomainRuleViolation("inspection.notStarted");
        }
        if (status == InspectionStatus.CONCLUDED) {
            throw new DomainRuleViolation("inspection.alreadyConcluded", concludedOn);
        }
    }

    /** In progress → concluded, on a day not before the start and not in the future; needs the findings. */
    public void conclude(LocalDate on, String reference, Long expectedVersion, LocalDate today, Instant now) {
        expect(expectedVersion);
        inProgress();
        if (findings == null) {
            throw new DomainRuleViolation("inspection.findingsRequired");
        }
        if (on.isBefore(startedOn)) {
            throw new DomainRuleViolation("inspection.beforeStart", on, startedOn);
        }
        notInFuture(on, today);
        this.status = InspectionStatus.CONCLUDED;
        this.concludedOn = on;
        this.conclusionReference = VietnameseText.clean(reference);
        this.updatedAt = now;
    }

    /**
     * Whether a recommendation made {@code on}, due {@code due}, may be added (checked before its
     * task is created): the work has started, the day is neither before the start nor in the future,
     * and the due date is not before the day it is made.
     */
    public void checkRecommendation(LocalDate on, LocalDate due, LocalDate today) {
        if (status == InspectionStatus.PLANNED) {
            throw new DomainRuleViolation("inspection.notStarted");
        }
        if (on.isBefore(startedOn)) {
            throw new DomainRuleViolation("inspection.beforeStart", on, startedOn);
        }
        notInFuture(on, today);
        if (due.isBefore(on)) {
            throw new DomainRuleViolation("inspection.dueBeforeRecommendation", due, on);
        }
    }

    /** Records a recommendation and the task it became; returns its number (from 1). */
    public int addRecommendation(String text, Party lead, LocalDate due, LocalDate on, Long taskId, LocalDate today,
            Instant now) {
        checkRecommendation(on, due, today);
        int number = recommendations.size() + 1;
        recommendations.add(new Recommendation(number, VietnameseText.clean(text), lead.organizationId(), due, on,
                taskId));
        share(lead);
        this.updatedAt = now;
        return number;
    }

    /** Whether the person is on the team. */
    public boolean hasMember(String username) {
        return team.stream().anyMatch(m -> m.username().equals(username));
    }

    public Visibility.Item visibleItem() {
        return new Visibility.Item(classification, ownerUnitId, ownerProvinceCode, provinceCodes, agencyIds, readers,
                sharingUnitIds);
    }

    /** The owner's province, which the database does not keep; set after loading. */
    void ownedInProvince(String provinceCode) {
        this.ownerProvinceCode = provinceCode;
    }

    public Long getId() { return id; }
    public InspectionKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public Long getTargetOrganizationId() { return targetOrganizationId; }
    public Long getOwnerUnitId() { return ownerUnitId; }
    public Clearance getClassification() { return classification; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public InspectionStatus getStatus() { return status; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public String getConclusionReference() { return conclusionReference; }
    public String getFindings() { return findings; }
    public List<TeamMember> team() {
        return team.stream().sorted((a, b) -> Boolean.compare(b.head(), a.head())).toList();
    }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public List<Recommendation> recommendations() { return List.copyOf(recommendations); }
    public long getVersion() { return version; }
}
