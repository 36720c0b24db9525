package vn.theodoi.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.deadline.TimeLimit;
import vn.theodoi.organization.OrganizationView;

/** A record as the API returns it: the record page, as data. */
record RecordJson(Long id, String code, RecordKind kind, String title, String summary, Integer oversightLevel,
        Severity severity, Clearance classification, String ownerOrganizationCode, String ownerDepartmentCode,
        String responsibleUsername, Set<String> provinceCodes, List<String> agencyCodes, Set<String> crimeArticles,
        Set<String> readers, Long parentId, List<Long> childIds, Stage stage, List<TimeLimit> deadlines,
        List<Event> events, List<LevelChange> levelHistory, List<KindChange> kindHistory, List<Person> persons,
        Money money, List<Milestone> milestones, List<Obstacle> obstacles, List<Note> notes, long version,
        Instant updatedAt) {

    record Event(Long id, EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
            ReturnedBy returnedBy, CourtLevel courtLevel, String documentRef, String note, boolean current,
            Long supersededBy, String correctionReason, String recordedBy, Instant recordedAt) {
    }

    record LevelChange(Integer oversightLevel, LocalDate decidedOn, String decisionRef, String note) {
    }

    record KindChange(RecordKind fromKind, RecordKind toKind, LocalDate changedOn, String note) {
    }

    record Person(Long id, String fullName, ProceduralRole proceduralRole, String position, String organizationName,
            boolean partyMember, boolean centralCadre, long version) {
    }

    record Money(long damageVnd, long seizedVnd, long recoveredVnd, List<MoneyEntry> entries) {
    }

    record MoneyEntry(Long id, MoneyKind kind, long amountVnd, LocalDate asOf, String note) {
    }

    record Milestone(Long id, String description, LocalDate targetDate, String directedBy, LocalDate achievedOn,
            long version) {
    }

    record Obstacle(Long id, String description, LocalDate raisedOn, String resolution, LocalDate resolvedOn,
            long version) {
    }

    record Note(Long id, String body, String writtenBy, Instant writtenAt) {
    }

    static RecordJson of(RecordView v) {
        OversightRecord r = v.record();
        return new RecordJson(r.getId(), r.getCode(), r.getKind(), r.getTitle(), r.getSummary(), r.getOversightLevel(),
                r.getSeverity(), r.getClassification(), v.owner().code(),
                v.department() == null ? null : v.department().code(), r.getResponsibleUsername(),
                r.getProvinceCodes(), v.agencies().stream().map(OrganizationView::code).toList(),
                r.getCrimeArticles(), r.getReaders(), r.getParentId(),
                v.children().stream().map(RecordSummary::id).toList(),
                v.procedure().currentStage(), v.procedure().timeLimits(),
                v.events().stream().map(e -> new Event(e.getId(), e.getType(), e.getDate(), e.getExtensionDays(),
                        e.getExtensionMonths(), e.getReturnedBy(), e.getCourtLevel(), e.getDocumentRef(), e.getNote(),
                        e.getSupersededById() == null, e.getSupersededById(), e.getCorrectionReason(),
                        e.getRecordedBy(), e.getRecordedAt())).toList(),
                v.levelHistory().stream().map(l -> new LevelChange(l.getOversightLevel(), l.getDecidedOn(),
                        l.getDecisionRef(), l.getNote())).toList(),
                v.kindHistory().stream().map(k -> new KindChange(k.getFromKind(), k.getToKind(), k.getChangedOn(),
                        k.getNote())).toList(),
                v.persons().stream().map(p -> new Person(p.getId(), p.getFullName(), p.getProceduralRole(),
                        p.getPosition(), p.getOrganizationName(), p.isPartyMember(), p.isCentralCadre(), p.getVersion()))
                        .toList(),
                new Money(r.getDamageVnd(), r.getSeizedVnd(), r.getRecoveredVnd(), v.money().stream()
                        .map(m -> new MoneyEntry(m.getId(), m.getKind(), m.getAmountVnd(), m.getAsOf(), m.getNote()))
                        .toList()),
                v.milestones().stream().map(m -> new Milestone(m.getId(), m.getDescription(), m.getTargetDate(),
                        m.getDirectedBy(), m.getAchievedOn(), m.getVersion())).toList(),
                v.obstacles().stream().map(o -> new Obstacle(o.getId(), o.getDescription(), o.getRaisedOn(),
                        o.getResolution(), o.getResolvedOn(), o.getVersion())).toList(),
                v.notes().stream().map(n -> new Note(n.getId(), n.getBody(), n.getWrittenBy(), n.getWrittenAt()))
                        .toList(),
                r.getVersion(), r.getUpdatedAt());
    }
}
