package vn.theodoi.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.audit.AuditQuery;
import vn.theodoi.deadline.DeadlineStatus;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ProcedureEvent;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.ConversionForm;
import vn.theodoi.records.RecordPartForms.CorrectionForm;
import vn.theodoi.records.RecordPartForms.LevelForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * Records under oversight: the module's public face. Audit lines name what changed (ids, kinds,
 * dates), never case content: auditors are not cleared for it. Every method takes the person acting and
 * answers only within what DOMAIN.md section 9 lets them see; a record out of reach is "not
 * found", and the attempt is audited.
 */
@Service
@Transactional(readOnly = true)
public class Records {

    static final String AUDIT_TARGET = "RECORD";

    private final OversightRecordRepository records;
    private final PersonRepository persons;
    private final MoneyRepository money;
    private final MilestoneRepository milestones;
    private final ObstacleRepository obstacles;
    private final NoteRepository notes;
    private final LevelChangeRepository levelChanges;
    private final KindChangeRepository kindChanges;
    private final RecordQueries queries;
    private final ProcedureClock clock;
    private final Organizations organizations;
    private final AccessScopes scopes;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    Records(OversightRecordRepository records, PersonRepository persons, MoneyRepository money,
            MilestoneRepository milestones, ObstacleRepository obstacles, NoteRepository notes,
            LevelChangeRepository levelChanges, KindChangeRepository kindChanges, RecordQueries queries,
            ProcedureClock clock, Organizations organizations, AccessScopes scopes, AuditLog audit) {
        this.records = records;
        this.persons = persons;
        this.money = money;
        this.milestones = milestones;
        this.obstacles = obstacles;
        this.notes = notes;
        this.levelChanges = levelChanges;
        this.kindChanges = kindChanges;
        this.queries = queries;
        this.clock = clock;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ reading

    public Page<RecordSummary> search(TheodoiUser user, RecordFilter filter, Pageable pageable) {
        return queries.search(reader(user), filter, pageable, clock.today(), clock.dueSoonDays());
    }

    /** Province names of the listed records, in one query. */
    public Map<Long, List<String>> provincesOf(List<RecordSummary> rows) {
        return queries.provincesOf(rows.stream().map(RecordSummary::id).toList());
    }

    /** What the home page shows: counts by level and stage, the overdue and the due-soon records. */
    public Dashboard dashboard(TheodoiUser user, int listSize) {
        Reader reader = reader(user);
        LocalDate today = clock.today();
        return new Dashboard(queries.countByLevelAndStage(reader),
                queries.urgent(reader, DeadlineStatus.OVERDUE, listSize, today, clock.dueSoonDays()),
                queries.urgent(reader, DeadlineStatus.DUE_SOON, listSize, today, clock.dueSoonDays()),
                queries.count(reader, new RecordFilter(null, null, null, null, null, null, null,
                        DeadlineStatus.OVERDUE, null, null, null), today, clock.dueSoonDays()),
                queries.count(reader, new RecordFilter(null, null, null, null, null, null, null,
                        DeadlineStatus.DUE_SOON, null, null, null), today, clock.dueSoonDays()));
    }

    /** The home page widgets. */
    public record Dashboard(List<RecordQueries.LevelStageCount> byLevelAndStage, List<RecordSummary> overdue,
            List<RecordSummary> dueSoon, long overdueCount, long dueSoonCount) {

        public long total() {
            return byLevelAndStage.stream().mapToLong(RecordQueries.LevelStageCount::count).sum();
        }

        public long count(Integer level, vn.theodoi.deadline.Stage stage) {
            return byLevelAndStage.stream().filter(c -> Objects.equals(c.level(), level) && c.stage() == stage)
                    .mapToLong(RecordQueries.LevelStageCount::count).sum();
        }

        public long countAtStage(vn.theodoi.deadline.Stage stage) {
            return byLevelAndStage.stream().filter(c -> c.stage() == stage)
                    .mapToLong(RecordQueries.LevelStageCount::count).sum();
        }

        public long countAtLevel(Integer level) {
            return byLevelAndStage.stream().filter(c -> Objects.equals(c.level(), level))
                    .mapToLong(RecordQueries.LevelStageCount::count).sum();
        }
    }

    /** The whole record for its page or the API. Reading a classified record is audited. */
    @Transactional
    public RecordView view(TheodoiUser user, Long id) {
        Reader reader = reader(user);
        OversightRecord record = visible(reader, id);
        record.loadParts();
        if (record.getClassification().isClassified()) {
            audit.event("RECORD_READ", AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    "classification=" + record.getClassification());
        }
        LocalDate today = clock.today();
        ProcedureAssessment procedure = clock.assess(record.getSeverity(), record.procedureEvents());
        Map<Long, OrganizationView> orgs = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationView::id, Function.identity()));
        Map<String, String> provinceNames = organizations.provinces().stream()
                .collect(Collectors.toMap(p -> p.getCode(), p -> p.getName()));
        RecordSummary parent = record.getParentId() == null ? null
                : queries.one(reader, record.getParentId(), today, clock.dueSoonDays()).orElse(null);
        return new RecordView(record, procedure, orgs.get(record.getOwnerOrganizationId()),
                record.getOwnerDepartmentId() == null ? null : orgs.get(record.getOwnerDepartmentId()),
                record.getProvinceCodes().stream().map(provinceNames::get).filter(Objects::nonNull).sorted().toList(),
                record.getAgencyIds().stream().map(orgs::get).filter(Objects::nonNull).toList(),
                record.allEvents().stream()
                        .sorted(java.util.Comparator.comparing(RecordEvent::getDate).thenComparing(RecordEvent::getId))
                        .toList(),
                levelChanges.findByRecordIdOrderByDecidedOnAscIdAsc(id),
                kindChanges.findByRecordIdOrderByChangedOnAscIdAsc(id),
                persons.findByRecordIdOrderById(id),
                money.findByRecordIdOrderByAsOfAscIdAsc(id),
                milestones.findByRecordIdOrderByTargetDateAscIdAsc(id),
                obstacles.findByRecordIdOrderByRaisedOnAscIdAsc(id),
                notes.findByRecordIdOrderByWrittenAtDesc(id),
                parent,
                queries.children(reader, id, today, clock.dueSoonDays()),
                audit.search(new AuditQuery(null, null, null, AUDIT_TARGET, String.valueOf(id), null, null),
                        PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent());
    }

    /** The person's role lets them create and change records (within what they may see). */
    public boolean mayEdit(TheodoiUser user) {
        return Reader.edits(user.roles());
    }

    /** The person's role lets them add events and notes (within what they may see). */
    public boolean mayReportProgress(TheodoiUser user) {
        return Reader.reportsProgress(user.roles());
    }

    public LocalDate today() {
        return clock.today();
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public OversightRecord create(TheodoiUser user, RecordForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        if (form.oversightLevel() == null) {
            throw new DomainRuleViolation("record.levelRequired");
        }
        String code = VietnameseText.clean(form.code());
        if (code == null) {
            code = generatedCode(form.kind());
        } else if (records.existsByCode(code)) {
            throw new DomainRuleViolation("record.codeTaken", code);
        }
        Instant now = instants.instant();
        OversightRecord record = new OversightRecord(code, form.kind(), null, user.getUsername(), now);
        record.describe(details(reader, form, user.getUsername()), now);
        record.setOversightLevel(form.oversightLevel(), now);
        record.index(null);
        record.derive(clock.assess(record.getSeverity(), List.of()));
        records.saveAndFlush(record);
        recordLevel(record, form.oversightLevel(),
                form.monitoredSince() == null ? clock.today() : form.monitoredSince(), form.levelDecisionRef(),
                null, user, now);
        if (!queries.isVisible(reader, record.getId())) {
            throw new DomainRuleViolation("record.outOfScope");
        }
        audit.change("RECORD_CREATED", AUDIT_TARGET, record.getId(), "code=" + code + ", kind=" + form.kind()
                + ", level=" + form.oversightLevel() + ", classification=" + form.classification());
        return record;
    }

    @Transactional
    public OversightRecord update(TheodoiUser user, Long id, RecordForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        OversightRecord record = visible(reader, id);
        expectVersion(record.getVersion(), form.version());
        Instant now = instants.instant();
        record.describe(details(reader, form, record.getResponsibleUsername()), now);
        reindex(record);
        // a changed severity changes every limit
        record.derive(clock.assess(record.getSeverity(), record.procedureEvents()));
        records.saveAndFlush(record);
        if (!queries.isVisible(reader, id)) {
            throw new DomainRuleViolation("record.outOfScope");
        }
        audit.change("RECORD_UPDATED", AUDIT_TARGET, id, "classification=" + record.getClassification()
                + ", severity=" + record.getSeverity());
        return record;
    }

    /**
     * Adds a procedure event after checking it against the law. Initiating a case turns a matter
     * or a crime report into a case, keeping its history.
     */
    @Transactional
    public RecordEvent addEvent(TheodoiUser user, Long id, EventInput input) {
        Reader reader = reader(user);
        if (!reader.reportsProgress()) {
            throw denied(reader, id);
        }
        OversightRecord record = visible(reader, id);
        ProcedureEvent added = new ProcedureEvent(input.type(), input.date(), input.extensionDays(),
                input.extensionMonths(), input.returnedBy(), input.courtLevel());
        clock.check(record.getSeverity(), record.procedureEvents(), added);
        Instant now = instants.instant();
        RecordEvent event = record.record(cleaned(input), user.getUsername(), now);
        if (input.type() == EventType.CASE_INITIATED && record.getKind() != RecordKind.CASE) {
            convert(record, RecordKind.CASE, input.date(), "CASE_INITIATED", user, now);
        }
        record.derive(clock.assess(record.getSeverity(), record.procedureEvents()));
        records.saveAndFlush(record);
        audit.change("RECORD_EVENT_ADDED", AUDIT_TARGET, id, input.type() + " " + input.date()
                + extensionText(input));
        return event;
    }

    /** Replaces an event with a corrected one; the old one stays, marked superseded, with the reason. */
    @Transactional
    public RecordEvent correctEvent(TheodoiUser user, Long id, Long eventId, CorrectionForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        OversightRecord record = visible(reader, id);
        RecordEvent old = record.currentEvents().stream().filter(e -> e.getId().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotFoundException("event", eventId));
        Instant now = instants.instant();
        RecordEvent corrected = record.record(cleaned(form.event()), user.getUsername(), now);
        old.supersede(corrected, VietnameseText.clean(form.reason()));
        // the whole corrected history must still be lawful
        record.derive(clock.assess(record.getSeverity(), record.procedureEvents()));
        records.saveAndFlush(record);
        audit.change("RECORD_EVENT_CORRECTED", AUDIT_TARGET, id, "event " + eventId + " (" + old.getType() + " "
                + old.getDate() + ") -> " + form.event().type() + " " + form.event().date()
                + "; the reason is kept on the event");
        return corrected;
    }

    @Transactional
    public void changeLevel(TheodoiUser user, Long id, LevelForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        OversightRecord record = visible(reader, id);
        Instant now = instants.instant();
        record.setOversightLevel(form.oversightLevel(), now);
        records.saveAndFlush(record);
        recordLevel(record, form.oversightLevel(), form.decidedOn(), form.decisionRef(), form.note(), user, now);
        audit.change("RECORD_LEVEL_CHANGED", AUDIT_TARGET, id, "level=" + form.oversightLevel() + ", decided "
                + form.decidedOn() + (form.decisionRef() == null ? "" : ", " + form.decisionRef()));
    }

    @Transactional
    public void convert(TheodoiUser user, Long id, ConversionForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        OversightRecord record = visible(reader, id);
        if (record.getKind() == form.toKind()) {
            throw new DomainRuleViolation("record.sameKind", form.toKind());
        }
        if (record.getKind() == RecordKind.CASE) {
            throw new DomainRuleViolation("record.caseStaysCase");
        }
        Instant now = instants.instant();
        convert(record, form.toKind(), form.changedOn(), form.note(), user, now);
        records.saveAndFlush(record);
    }

    /** Splits a case: phase II (giai đoạn II) is a new record linked to its parent. */
    @Transactional
    public OversightRecord split(TheodoiUser user, Long id, SplitForm form) {
        Reader reader = reader(user);
        requireEditor(reader);
        OversightRecord parent = visible(reader, id);
        String code = VietnameseText.clean(form.code());
        if (code == null) {
            code = parent.getCode() + "/" + (records.findByParentIdOrderByCode(id).size() + 2);
        }
        if (records.existsByCode(code)) {
            throw new DomainRuleViolation("record.codeTaken", code);
        }
        Instant now = instants.instant();
        OversightRecord child = new OversightRecord(code, parent.getKind(), id, user.getUsername(), now);
        child.describe(new RecordDetails(form.title(), form.summary(), parent.getSeverity(),
                parent.getClassification(), parent.getOwnerOrganizationId(), parent.getOwnerDepartmentId(),
                parent.getResponsibleUsername(), parent.getProvinceCodes(), parent.getAgencyIds(),
                parent.getCrimeArticles(), parent.getReaders()), now);
        child.setOversightLevel(parent.getOversightLevel(), now);
        child.index(null);
        child.derive(clock.assess(child.getSeverity(), List.of()));
        records.saveAndFlush(child);
        recordLevel(child, parent.getOversightLevel(), form.splitOn(), null, "split from " + parent.getCode(), user,
                now);
        EventInput split = new EventInput(EventType.SPLIT, form.splitOn(), null, null, null, null, null,
                "→ " + code);
        clock.check(parent.getSeverity(), parent.procedureEvents(), new ProcedureEvent(EventType.SPLIT,
                form.splitOn(), null, null, null, null));
        parent.record(split, user.getUsername(), now);
        records.saveAndFlush(parent);
        audit.change("RECORD_SPLIT", AUDIT_TARGET, id, "child " + child.getId() + " " + code);
        audit.change("RECORD_CREATED", AUDIT_TARGET, child.getId(), "split from " + parent.getCode());
        return child;
    }

    @Transactional
    public void addPerson(TheodoiUser user, Long id, PersonForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Person person = new RecordParts.Person();
        person.recordId = id;
        describe(person, form);
        persons.save(person);
        reindex(record);
        touch(record);
        audit.change("RECORD_PERSON_ADDED", AUDIT_TARGET, id, "person " + person.id + " (" + person.proceduralRole + ")");
    }

    /** Changes a person (a suspect becomes a defendant when tried); 409 if someone changed them first. */
    @Transactional
    public void updatePerson(TheodoiUser user, Long id, Long personId, PersonForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Person person = persons.findById(personId).filter(p -> p.recordId.equals(id))
                .orElseThrow(() -> new NotFoundException("person", personId));
        expectVersion(person.version, form.version());
        ProceduralRole before = person.proceduralRole;
        describe(person, form);
        persons.saveAndFlush(person);
        reindex(record);
        touch(record);
        audit.change("RECORD_PERSON_UPDATED", AUDIT_TARGET, id, "person " + personId + " (" + before + " -> "
                + person.proceduralRole + ")");
    }

    private static void describe(RecordParts.Person person, PersonForm form) {
        person.fullName = VietnameseText.clean(form.fullName());
        person.proceduralRole = form.proceduralRole();
        person.position = VietnameseText.clean(form.position());
        person.organizationName = VietnameseText.clean(form.organizationName());
        person.partyMember = Boolean.TRUE.equals(form.partyMember());
        person.centralCadre = Boolean.TRUE.equals(form.centralCadre());
    }

    @Transactional
    public void addMoney(TheodoiUser user, Long id, MoneyForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Money entry = new RecordParts.Money();
        entry.recordId = id;
        entry.kind = form.kind();
        entry.amountVnd = form.amountVnd();
        entry.asOf = form.asOf();
        entry.note = VietnameseText.clean(form.note());
        money.save(entry);
        List<RecordParts.Money> all = money.findByRecordIdOrderByAsOfAscIdAsc(id);
        record.totals(sum(all, MoneyKind.DAMAGE), sum(all, MoneyKind.SEIZED), sum(all, MoneyKind.RECOVERED),
                instants.instant());
        records.saveAndFlush(record);
        audit.change("RECORD_MONEY_ADDED", AUDIT_TARGET, id, form.kind() + " entry " + entry.id);
    }

    @Transactional
    public void addMilestone(TheodoiUser user, Long id, MilestoneForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Milestone milestone = new RecordParts.Milestone();
        milestone.recordId = id;
        milestone.description = VietnameseText.clean(form.description());
        milestone.targetDate = form.targetDate();
        milestone.directedBy = VietnameseText.clean(form.directedBy());
        milestones.save(milestone);
        touch(record);
        audit.change("RECORD_MILESTONE_ADDED", AUDIT_TARGET, id, "milestone " + milestone.id + " by " + form.targetDate());
    }

    @Transactional
    public void achieveMilestone(TheodoiUser user, Long id, Long milestoneId, AchievementForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Milestone milestone = milestones.findById(milestoneId).filter(m -> m.recordId.equals(id))
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
        expectVersion(milestone.version, form.version());
        milestone.achievedOn = form.achievedOn();
        milestones.saveAndFlush(milestone);
        touch(record);
        audit.change("RECORD_MILESTONE_ACHIEVED", AUDIT_TARGET, id, "milestone " + milestoneId + " on " + form.achievedOn());
    }

    @Transactional
    public void addObstacle(TheodoiUser user, Long id, ObstacleForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Obstacle obstacle = new RecordParts.Obstacle();
        obstacle.recordId = id;
        obstacle.description = VietnameseText.clean(form.description());
        obstacle.raisedOn = form.raisedOn();
        obstacles.save(obstacle);
        touch(record);
        audit.change("RECORD_OBSTACLE_ADDED", AUDIT_TARGET, id, "obstacle " + obstacle.id);
    }

    @Transactional
    public void resolveObstacle(TheodoiUser user, Long id, Long obstacleId, ResolutionForm form) {
        OversightRecord record = editable(user, id);
        RecordParts.Obstacle obstacle = obstacles.findById(obstacleId).filter(o -> o.recordId.equals(id))
                .orElseThrow(() -> new NotFoundException("obstacle", obstacleId));
        expectVersion(obstacle.version, form.version());
        obstacle.resolution = VietnameseText.clean(form.resolution());
        obstacle.resolvedOn = form.resolvedOn();
        obstacles.saveAndFlush(obstacle);
        touch(record);
        audit.change("RECORD_OBSTACLE_RESOLVED", AUDIT_TARGET, id, "obstacle " + obstacleId + " on " + form.resolvedOn());
    }

    @Transactional
    public void addNote(TheodoiUser user, Long id, NoteForm form) {
        Reader reader = reader(user);
        if (!reader.reportsProgress()) {
            throw denied(reader, id);
        }
        OversightRecord record = visible(reader, id);
        RecordParts.Note note = new RecordParts.Note();
        note.recordId = id;
        note.body = VietnameseText.clean(form.body());
        note.writtenBy = user.getUsername();
        note.writtenAt = instants.instant();
        notes.save(note);
        touch(record);
        audit.change("RECORD_NOTE_ADDED", AUDIT_TARGET, id, null);
    }

    // ------------------------------------------------------------------ helpers

    Reader reader(TheodoiUser user) {
        return Reader.of(user, scopes.of(user));
    }

    /** The record if the reader may see it; otherwise "not found", and the attempt is audited. */
    private OversightRecord visible(Reader reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (records.existsById(id)) {
                audit.event("RECORD_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED, "out of clearance or scope");
            }
            throw new NotFoundException("record", id);
        }
        return records.findById(id).orElseThrow(() -> new NotFoundException("record", id));
    }

    private OversightRecord editable(TheodoiUser user, Long id) {
        Reader reader = reader(user);
        requireEditor(reader);
        return visible(reader, id);
    }

    private void requireEditor(Reader reader) {
        if (!reader.edits()) {
            throw denied(reader, null);
        }
    }

    private ForbiddenException denied(Reader reader, Long id) {
        audit.event("RECORD_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED, "roles=" + reader.roles());
        return new ForbiddenException("record.changeDenied");
    }

    private RecordDetails details(Reader reader, RecordForm form, String defaultResponsible) {
        if (form.kind() == RecordKind.CASE && form.severity() == null) {
            throw new DomainRuleViolation("record.severityRequired");
        }
        if (!reader.clearance().permits(form.classification())) {
            throw new DomainRuleViolation("record.classificationAboveClearance", form.classification());
        }
        Owner owner = owner(form);
        Set<String> provinces = new LinkedHashSet<>();
        for (String code : nullToEmpty(form.provinceCodes())) {
            String cleaned = VietnameseText.clean(code);
            if (cleaned != null) {
                organizations.province(cleaned).orElseThrow(() -> new DomainRuleViolation("record.unknownProvince", cleaned));
                provinces.add(cleaned);
            }
        }
        Set<Long> agencies = new LinkedHashSet<>();
        for (String code : nullToEmpty(form.agencyCodes())) {
            String cleaned = VietnameseText.clean(code);
            if (cleaned != null) {
                agencies.add(organization(cleaned).id());
            }
        }
        Set<String> readers = nullToEmpty(form.readers()).stream().map(VietnameseText::clean).filter(Objects::nonNull)
                .map(String::toLowerCase).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> articles = nullToEmpty(form.crimeArticles()).stream().map(VietnameseText::clean)
                .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        String responsible = VietnameseText.clean(form.responsibleUsername());
        return new RecordDetails(form.title(), form.summary(), form.severity(), form.classification(),
                owner.organizationId(), owner.departmentId(), responsible == null ? defaultResponsible : responsible,
                provinces, agencies, articles, readers);
    }

    /** The owning organization and, where one follows the record, its department. */
    private record Owner(Long organizationId, Long departmentId) {
    }

    private Owner owner(RecordForm form) {
        OrganizationView owner = organization(VietnameseText.clean(form.ownerOrganizationCode()));
        String departmentCode = VietnameseText.clean(form.ownerDepartmentCode());
        if (departmentCode == null) {
            return new Owner(owner.id(), null);
        }
        OrganizationView department = organization(departmentCode);
        if (department.type() != OrganizationType.DEPARTMENT) {
            throw new DomainRuleViolation("record.notADepartment", departmentCode);
        }
        return new Owner(owner.id(), department.id());
    }

    private OrganizationView organization(String code) {
        return organizations.byCode(code).orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
    }

    private void convert(OversightRecord record, RecordKind to, LocalDate on, String note, TheodoiUser user,
            Instant now) {
        RecordParts.KindChange change = new RecordParts.KindChange();
        change.recordId = record.getId();
        change.fromKind = record.getKind();
        change.toKind = to;
        change.changedOn = on;
        change.note = VietnameseText.clean(note);
        change.recordedBy = user.getUsername();
        change.recordedAt = now;
        kindChanges.save(change);
        record.convertTo(to, now);
        audit.change("RECORD_CONVERTED", AUDIT_TARGET, record.getId(), change.fromKind + " -> " + to + " on " + on);
    }

    private void recordLevel(OversightRecord record, Integer level, LocalDate on, String ref, String note,
            TheodoiUser user, Instant now) {
        RecordParts.LevelChange change = new RecordParts.LevelChange();
        change.recordId = record.getId();
        change.oversightLevel = level;
        change.decidedOn = on;
        change.decisionRef = VietnameseText.clean(ref);
        change.note = VietnameseText.clean(note);
        change.recordedBy = user.getUsername();
        change.recordedAt = now;
        levelChanges.save(change);
    }

    private void reindex(OversightRecord record) {
        String names = persons.findByRecordIdOrderById(record.getId()).stream().map(p -> p.fullName)
                .collect(Collectors.joining(" "));
        record.index(names);
    }

    private void touch(OversightRecord record) {
        record.touch(instants.instant());
        records.saveAndFlush(record);
    }

    private String generatedCode(RecordKind kind) {
        String prefix = switch (kind) {
            case CASE -> "VA";
            case MATTER -> "VV";
            case CRIME_REPORT -> "NT";
        };
        return String.format("%s-%d-%06d", prefix, clock.today().getYear(), records.nextCodeNumber());
    }

    private static void expectVersion(long current, Long expected) {
        if (expected == null || expected != current) {
            throw new ConcurrentEditException();
        }
    }

    private static EventInput cleaned(EventInput input) {
        return new EventInput(input.type(), input.date(), input.extensionDays(), input.extensionMonths(),
                input.returnedBy(), input.courtLevel(), VietnameseText.clean(input.documentRef()),
                VietnameseText.clean(input.note()));
    }

    private static String extensionText(EventInput input) {
        return (input.extensionDays() == null ? "" : " +" + input.extensionDays() + "d")
                + (input.extensionMonths() == null ? "" : " +" + input.extensionMonths() + "m");
    }

    private static long sum(List<RecordParts.Money> entries, MoneyKind kind) {
        return entries.stream().filter(m -> m.kind == kind).mapToLong(m -> m.amountVnd).sum();
    }

    private static <T> Set<T> nullToEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

}
