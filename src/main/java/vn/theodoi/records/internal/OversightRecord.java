package vn.theodoi.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Visibility;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.LimitFlag;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.timelimits.ProcedureAssessor;

/**
 * A case (vụ án), matter (vụ việc) or crime report (nguồn tin về tội phạm) under oversight: the
 * aggregate that owns its persons, money, milestones, obstacles, notes and histories, and whose
 * procedure events drive its stage and time limits. The stage, the running limit's dates, the
 * money totals and the search key are derived here and stored only so that lists filter and sort
 * in the database.
 */
@Entity
@Table(name = "oversight_record")
public class OversightRecord {

    /** Drawn at random (below 2^53, safe in JavaScript), so an id tells nothing of how many records exist. */
    @Id
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

    /** The specialist who follows the record (chuyên viên theo dõi). */
    @Column(name = "responsible_username")
    private String responsibleUsername;

    /** Since when the record has been with its follower: a head's workload counts days from here. */
    @Column(name = "followed_since")
    private Instant followedSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_stage")
    private Stage currentStage;

    @Column(name = "current_due_date")
    private LocalDate currentDueDate;

    @Column(name = "current_request_deadline")
    private LocalDate currentRequestDeadline;

    /** What the reader of any of its limits must know ({@link LimitFlag}s, comma-separated), for lists. */
    @Column(name = "limit_flags")
    private String limitFlags;

    /** The earliest target date among the milestones not yet achieved, for lists ("behind a milestone"). */
    @Column(name = "next_milestone_date")
    private LocalDate nextMilestoneDate;

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

    /**
     * The same provinces again as one sorted array on the record's row. On PostgreSQL a GIN index on it
     * combines with another index (the due date's) in one bitmap, so "overdue in this province" reads only
     * the matching rows; a filter through {@code record_province} walks every overdue record instead.
     */
    @Column(name = "province_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] provinceArray = new String[0];

    @ElementCollection
    @CollectionTable(name = "record_agency", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "organization_id")
    private Set<Long> agencyIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "record_crime_article", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "article")
    private Set<String> crimeArticles = new LinkedHashSet<>();

    /** The access list (danh sách được tiếp cận) of a classified record. */
    @ElementCollection
    @CollectionTable(name = "record_reader", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "username")
    private Set<String> readers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<RecordEvent> events = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<Person> persons = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("asOf, id")
    private List<MoneyEntry> money = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("targetDate, id")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("raisedOn, id")
    private List<Obstacle> obstacles = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("writtenAt desc, id desc")
    private List<Note> notes = new ArrayList<>();

    /** Every timed stage's limit, left or running, as last derived from the events (for the deadline figures). */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("ordinal")
    @org.hibernate.annotations.BatchSize(size = 100)
    private List<RecordTimeLimit> timeLimits = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("decidedOn, id")
    private List<LevelChange> levelHistory = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    @OrderBy("changedOn, id")
    private List<KindChange> kindHistory = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** Null until first saved (so a new record is inserted without a look-up first). */
    @Version
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OversightRecord() {
    }

    /**
     * Puts a case, matter or crime report under monitoring (đưa vào diện theo dõi) at a level, by a
     * decision of the given day.
     */
    public OversightRecord(String code, RecordKind kind, RecordDescription description, Integer level,
            LocalDate monitoredSince, String decisionRef, String by, Instant now) {
        this(code, kind, null, description, level, monitoredSince, decisionRef, null, by, now);
    }

    private OversightRecord(String code, RecordKind kind, Long parentId, RecordDescription description, Integer level,
            LocalDate decidedOn, String decisionRef, String levelNote, String by, Instant now) {
        this.id = ThreadLocalRandom.current().nextLong(1, 1L << 53);
        this.code = code;
        this.kind = kind;
        this.parentId = parentId;
        this.createdBy = by;
        this.createdAt = now;
        describe(description, (severity, events) -> new ProcedureAssessment(null, List.of()), now);
        this.oversightLevel = level;
        levelHistory.add(new LevelChange(level, decidedOn, VietnameseText.clean(decisionRef),
                VietnameseText.clean(levelNote), by, now));
    }

    // ------------------------------------------------------------------ description and level

    /** Changes what describes the record; a changed severity changes every limit. */
    public void describe(RecordDescription d, ProcedureAssessor law, Instant now) {
        if (kind == RecordKind.CASE && d.severity() == null) {
            throw new DomainRuleViolation("record.severityRequired");
        }
        ProcedureAssessment assessment = law.assess(d.severity(), procedureEvents());
        this.title = VietnameseText.clean(d.title());
        this.summary = VietnameseText.clean(d.summary());
        this.severity = d.severity();
        this.classification = d.classification();
        this.ownerOrganizationId = d.ownerOrganizationId();
        this.ownerDepartmentId = d.ownerDepartmentId();
        follow(d.responsibleUsername(), now);
        replace(provinceCodes, d.provinceCodes());
        this.provinceArray = provinceCodes.stream().sorted().toArray(String[]::new);
        replace(agencyIds, d.agencyIds());
        replace(crimeArticles, d.crimeArticles());
        replace(readers, d.readers());
        derive(assessment);
        index();
        this.updatedAt = now;
    }

    /** Moves the record to another oversight level, or takes it out of monitoring (level null), by a decision. */
    public void changeLevel(Integer level, LocalDate decidedOn, String decisionRef, String note, String by,
            Instant now) {
        this.oversightLevel = level;
        levelHistory.add(new LevelChange(level, decidedOn, VietnameseText.clean(decisionRef),
                VietnameseText.clean(note), by, now));
        this.updatedAt = now;
    }

    /**
     * Turns a matter into a crime report or back, keeping one record and one history. A case is made
     * only by initiating it ({@code CASE_INITIATED}), which starts its investigation limit.
     */
    public void convert(RecordKind to, LocalDate on, String note, String by, Instant now) {
        if (kind == to) {
            throw new DomainRuleViolation("record.sameKind", to);
        }
        if (kind == RecordKind.CASE) {
            throw new DomainRuleViolation("record.caseStaysCase");
        }
        if (to == RecordKind.CASE) {
            throw new DomainRuleViolation("record.caseByInitiation");
        }
        becomes(to, on, note, by, now);
    }

    private void becomes(RecordKind to, LocalDate on, String note, String by, Instant now) {
        kindHistory.add(new KindChange(kind, to, on, VietnameseText.clean(note), by, now));
        this.kind = to;
        this.updatedAt = now;
    }

    /**
     * Splits off phase II (giai đoạn II): a new record linked to this one, described as this one,
     * at this one's level; this record gets the {@code SPLIT} event.
     */
    public OversightRecord splitOff(String childCode, String title, String summary, LocalDate on,
            ProcedureAssessor law, String by, Instant now) {
        recordEvent(new EventInput(EventType.SPLIT, on, null, null, null, null, null, "→ " + childCode), law, by, now);
        return new OversightRecord(childCode, kind, id, new RecordDescription(title, summary, severity,
                classification, ownerOrganizationId, ownerDepartmentId, responsibleUsername, provinceCodes, agencyIds,
                crimeArticles, readers), oversightLevel, on, null, "split from " + code, by, now);
    }

    // ------------------------------------------------------------------ procedure

    /**
     * Records a procedure event if the whole history, in date order, stays lawful; initiating a
     * case turns a matter or a crime report into a case, keeping its history.
     */
    public void recordEvent(EventInput input, ProcedureAssessor law, String by, Instant now) {
        RecordEvent event = new RecordEvent(this, input, by, now);
        events.add(event);
        try {
            derive(law.assess(severity, procedureEvents()));
        } catch (DomainRuleViolation refused) {
            events.remove(event);
            throw refused;
        }
        if (input.type() == EventType.CASE_INITIATED && kind != RecordKind.CASE) {
            becomes(RecordKind.CASE, input.date(), EventType.CASE_INITIATED.name(), by, now);
        }
        this.updatedAt = now;
    }

    /**
     * Records a whole history at once (an import, generated data): judged once, in date order, as
     * if entered event by event; each event is entered at the instant {@code enteredAt} gives it.
     */
    public void recordHistory(List<EventInput> inputs, ProcedureAssessor law, String by,
            Function<EventInput, Instant> enteredAt) {
        List<RecordEvent> added = inputs.stream().map(i -> new RecordEvent(this, i, by, enteredAt.apply(i))).toList();
        events.addAll(added);
        try {
            derive(law.assess(severity, procedureEvents()));
        } catch (DomainRuleViolation refused) {
            events.removeAll(added);
            throw refused;
        }
        inputs.stream().filter(i -> i.type() == EventType.CASE_INITIATED).findFirst()
                .filter(initiated -> kind != RecordKind.CASE)
                .ifPresent(initiated -> becomes(RecordKind.CASE, initiated.date(), EventType.CASE_INITIATED.name(), by,
                        enteredAt.apply(initiated)));
        added.stream().map(RecordEvent::recordedAt).max(Comparator.naturalOrder()).ifPresent(last -> updatedAt = last);
    }

    /** Hands the record to another person to follow (chuyên viên theo dõi). */
    public void reassign(String username, Instant now) {
        follow(username, now);
        this.updatedAt = now;
    }

    private void follow(String username, Instant now) {
        if (!Objects.equals(username, responsibleUsername)) {
            this.responsibleUsername = username;
            this.followedSince = username == null ? null : now;
        }
    }

    /** When the record was last changed, as a source that is imported says (lists sort by it). */
    public void changedAt(Instant when) {
        this.updatedAt = when;
    }

    /** Replaces an event with a corrected one; the old one stays, superseded, with the reason. */
    public void correctEvent(Long eventId, EventInput corrected, String reason, ProcedureAssessor law,
            String by, Instant now) {
        RecordEvent old = currentEvents().stream().filter(e -> eventId.equals(e.id())).findFirst()
                .orElseThrow(() -> new NotFoundException("event", eventId));
        RecordEvent correction = new RecordEvent(this, corrected, by, now);
        events.add(correction);
        old.supersede(correction, VietnameseText.clean(reason));
        try {
            derive(law.assess(severity, procedureEvents()));
        } catch (DomainRuleViolation refused) {
            old.reinstate();
            events.remove(correction);
            throw refused;
        }
        this.updatedAt = now;
    }

    /** Counts the limits again (a corrected rule, a new holiday); true when a stored date changed. */
    public boolean recount(ProcedureAssessor law) {
        Stage stage = currentStage;
        LocalDate due = currentDueDate;
        LocalDate request = currentRequestDeadline;
        String flags = limitFlags;
        boolean history = derive(law.assess(severity, procedureEvents()));
        return history || stage != currentStage || !Objects.equals(due, currentDueDate)
                || !Objects.equals(request, currentRequestDeadline) || !Objects.equals(flags, limitFlags);
    }

    /** The events in force, in procedure order: by date, then in the order they were entered. */
    List<RecordEvent> currentEvents() {
        return events.stream().filter(RecordEvent::isCurrent)
                .sorted(Comparator.comparing(RecordEvent::date).thenComparing(RecordEvent::recordedAt)
                        .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id()))
                .toList();
    }

    public List<ProcedureEvent> procedureEvents() {
        return currentEvents().stream().map(RecordEvent::toProcedureEvent).toList();
    }

    /** Stores what lists and figures filter on; true when the limits' history changed. */
    private boolean derive(ProcedureAssessment assessment) {
        this.currentStage = assessment.currentStage();
        TimeLimit open = assessment.currentLimit().orElse(null);
        this.currentDueDate = open == null ? null : open.dueDate();
        this.currentRequestDeadline = open == null ? null : open.lastDayToRequestExtension();
        String flags = assessment.timeLimits().stream().flatMap(l -> l.flags().stream()).distinct().sorted()
                .map(LimitFlag::name).collect(Collectors.joining(","));
        this.limitFlags = flags.isEmpty() ? null : flags;
        return keepLimits(assessment.timeLimits());
    }

    /**
     * Replaces the limits' history by the engine's list, in place: a row whose values stay is not written, so a
     * new event costs an update of the stage it ends and an insert of the stage it opens.
     */
    private boolean keepLimits(List<TimeLimit> limits) {
        boolean changed = false;
        for (int i = 0; i < limits.size(); i++) {
            if (i < timeLimits.size()) {
                changed |= timeLimits.get(i).take(limits.get(i));
            } else {
                timeLimits.add(new RecordTimeLimit(i, limits.get(i)));
                changed = true;
            }
        }
        while (timeLimits.size() > limits.size()) {
            timeLimits.remove(timeLimits.size() - 1);
            changed = true;
        }
        return changed;
    }

    /** The limits' history (stage, start, due, end), in order, as stored. */
    public List<TimeLimitEntry> timeLimitHistory() {
        return timeLimits.stream().map(l -> new TimeLimitEntry(l.stage, l.startDate, l.dueDate, l.endDate)).toList();
    }

    /** One stored limit: its stage, the day counting starts after, its last day, and the day the stage was left. */
    public record TimeLimitEntry(Stage stage, LocalDate startDate, LocalDate dueDate, LocalDate endDate) {
    }

    // ------------------------------------------------------------------ parts

    public void addPerson(PersonForm form, Instant now) {
        persons.add(new Person(form));
        index();
        this.updatedAt = now;
    }

    /** Changes a person (a suspect becomes a defendant when tried); refused if someone changed them first. */
    public void updatePerson(Long personId, Long expectedVersion, PersonForm form, Instant now) {
        Person person = part(persons, p -> p.id, personId, "person");
        expectVersion(person.version, expectedVersion);
        person.describe(form);
        index();
        this.updatedAt = now;
    }

    /** Records an amount and derives the totals; a total beyond what a long holds is refused, never wrapped. */
    public void recordMoney(MoneyKind kind, long amountVnd, LocalDate asOf, String note, Instant now) {
        MoneyEntry entry = new MoneyEntry(kind, amountVnd, asOf, VietnameseText.clean(note));
        money.add(entry);
        try {
            this.damageVnd = total(MoneyKind.DAMAGE);
            this.seizedVnd = total(MoneyKind.SEIZED);
            this.recoveredVnd = total(MoneyKind.RECOVERED);
        } catch (ArithmeticException overflow) {
            money.remove(entry);
            throw new DomainRuleViolation("record.money.tooLarge");
        }
        this.updatedAt = now;
    }

    private long total(MoneyKind kind) {
        return money.stream().filter(m -> m.kind == kind).mapToLong(m -> m.amountVnd).reduce(0, Math::addExact);
    }

    public void addMilestone(String description, LocalDate targetDate, String directedBy, Instant now) {
        milestones.add(new Milestone(VietnameseText.clean(description), targetDate, VietnameseText.clean(directedBy)));
        deriveNextMilestone();
        this.updatedAt = now;
    }

    public void achieveMilestone(Long milestoneId, Long expectedVersion, LocalDate on, Instant now) {
        Milestone milestone = part(milestones, m -> m.id, milestoneId, "milestone");
        expectVersion(milestone.version, expectedVersion);
        milestone.achievedOn = on;
        deriveNextMilestone();
        this.updatedAt = now;
    }

    private void deriveNextMilestone() {
        this.nextMilestoneDate = milestones.stream().filter(m -> m.achievedOn == null).map(m -> m.targetDate)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public void raiseObstacle(String description, LocalDate raisedOn, Instant now) {
        obstacles.add(new Obstacle(VietnameseText.clean(description), raisedOn));
        this.updatedAt = now;
    }

    public void resolveObstacle(Long obstacleId, Long expectedVersion, String resolution, LocalDate on, Instant now) {
        Obstacle obstacle = part(obstacles, o -> o.id, obstacleId, "obstacle");
        expectVersion(obstacle.version, expectedVersion);
        obstacle.resolution = VietnameseText.clean(resolution);
        obstacle.resolvedOn = on;
        this.updatedAt = now;
    }

    public void addNote(String body, String by, Instant now) {
        notes.add(new Note(VietnameseText.clean(body), by, now));
        this.updatedAt = now;
    }

    private static <P> P part(List<P> parts, Function<P, Long> id, Long wanted, String what) {
        return parts.stream().filter(p -> wanted.equals(id.apply(p))).findFirst()
                .orElseThrow(() -> new NotFoundException(what, wanted));
    }

    private static void expectVersion(long current, Long expected) {
        if (expected == null || expected != current) {
            throw new ConcurrentEditException();
        }
    }

    // ------------------------------------------------------------------ derived

    /** The folded search key: code, title, summary and the persons' names, without diacritics. */
    private void index() {
        this.searchText = VietnameseText.searchKey(String.join(" ", code, title, summary == null ? "" : summary,
                persons.stream().map(p -> p.fullName).collect(Collectors.joining(" "))));
    }

    /**
     * The facts the visibility policy looks at; the owning unit is the department when there is one.
     * {@code ownerProvinceCode}: the province whose committee owns the record, null for a central owner.
     */
    public Visibility.Item visibleItem(String ownerProvinceCode) {
        return new Visibility.Item(classification, ownerUnitId(), ownerProvinceCode, provinceCodes, agencyIds, readers);
    }

    public Long ownerUnitId() {
        return ownerDepartmentId != null ? ownerDepartmentId : ownerOrganizationId;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    // ------------------------------------------------------------------ reading (for views in this package)

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
    public Instant getFollowedSince() { return followedSince; }
    public Stage getCurrentStage() { return currentStage; }
    public LocalDate getCurrentDueDate() { return currentDueDate; }
    public LocalDate getCurrentRequestDeadline() { return currentRequestDeadline; }
    public String getLimitFlags() { return limitFlags; }
    public LocalDate getNextMilestoneDate() { return nextMilestoneDate; }
    public String getSearchText() { return searchText; }
    public long getDamageVnd() { return damageVnd; }
    public long getSeizedVnd() { return seizedVnd; }
    public long getRecoveredVnd() { return recoveredVnd; }
    public Set<String> getProvinceCodes() { return Set.copyOf(provinceCodes); }
    public Set<Long> getAgencyIds() { return Set.copyOf(agencyIds); }
    public Set<String> getCrimeArticles() { return Set.copyOf(crimeArticles); }
    public Set<String> getReaders() { return Set.copyOf(readers); }
    public long getVersion() { return version == null ? 0 : version; }
    public Instant getUpdatedAt() { return updatedAt; }

    List<RecordEvent> events() { return events; }
    List<Person> persons() { return persons; }
    List<MoneyEntry> money() { return money; }
    List<Milestone> milestones() { return milestones; }
    List<Obstacle> obstacles() { return obstacles; }
    List<Note> notes() { return notes; }
    List<LevelChange> levelHistory() { return levelHistory; }
    List<KindChange> kindHistory() { return kindHistory; }
}
