package vn.theodoi.records.web;

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
import vn.theodoi.records.MoneyKind;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.RecordView;

/** A record as the API returns it: the record page, as data. */
record RecordJson(Long id, String code, RecordKind kind, String title, String summary, Integer oversightLevel,
        Severity severity, Clearance classification, String ownerOrganizationCode, String ownerDepartmentCode,
        String responsibleUsername, Set<String> provinceCodes, List<String> agencyCodes, Set<String> crimeArticles,
        Set<String> readers, Long parentId, List<Long> childIds, Stage stage, List<TimeLimit> deadlines,
        String historyViolation,
        List<Event> events, List<LevelChange> levelHistory, List<KindChange> kindHistory, List<Person> persons,
        Money money, List<Milestone> milestones, List<Obstacle> obstacles, List<Note> notes, long version,
        Instant updatedAt) {

    record Event(Long id, EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
            ReturnedBy returnedBy, CourtLevel courtLevel, String documentRef, String note, LocalDate fileReceivedDate,
            String grantedBy, boolean current, Long supersededBy, String correctionReason, String recordedBy,
            Instant recordedAt) {
    }

    record LevelChange(Integer oversightLevel, LocalDate decidedOn, String decisionRef, String note) {
    }

    record KindChange(RecordKind fromKind, RecordKind toKind, LocalDate changedOn, String note) {
    }

    record Person(Long id, String fullName, ProceduralRole proceduralRole, String position, String organizationName,
            boolean partyMember, boolean centralCadre, LocalDate chargedOn, LocalDate indictedOn,
            LocalDate triedFirstInstanceOn, LocalDate triedAppealOn, long version) {
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
        return new RecordJson(v.id(), v.code(), v.kind(), v.title(), v.summary(), v.oversightLevel(), v.severity(),
                v.classification(), v.owner().code(), v.department() == null ? null : v.department().code(),
                v.responsibleUsername(), v.provinceCodes(), v.agencies().stream().map(OrganizationView::code).toList(),
                v.crimeArticles(), v.readers(), v.parentId(), v.children().stream().map(RecordSummary::id).toList(),
                v.procedure().currentStage(), v.procedure().timeLimits(),
                v.historyProblem() == null ? null : v.historyProblem().code(),
                v.events().stream().map(e -> new Event(e.id(), e.type(), e.date(), e.extensionDays(),
                        e.extensionMonths(), e.returnedBy(), e.courtLevel(), e.documentRef(), e.note(),
                        e.fileReceivedDate(), e.grantedBy(), e.isCurrent(), e.supersededById(), e.correctionReason(),
                        e.recordedBy(), e.recordedAt())).toList(),
                v.levelHistory().stream().map(l -> new LevelChange(l.oversightLevel(), l.decidedOn(), l.decisionRef(),
                        l.note())).toList(),
                v.kindHistory().stream().map(k -> new KindChange(k.fromKind(), k.toKind(), k.changedOn(), k.note()))
                        .toList(),
                v.persons().stream().map(p -> new Person(p.id(), p.fullName(), p.proceduralRole(), p.position(),
                        p.organizationName(), p.partyMember(), p.centralCadre(), p.chargedOn(), p.indictedOn(),
                        p.triedFirstInstanceOn(), p.triedAppealOn(), p.version())).toList(),
                new Money(v.damageVnd(), v.seizedVnd(), v.recoveredVnd(), v.money().stream()
                        .map(m -> new MoneyEntry(m.id(), m.kind(), m.amountVnd(), m.asOf(), m.note())).toList()),
                v.milestones().stream().map(m -> new Milestone(m.id(), m.description(), m.targetDate(),
                        m.directedBy(), m.achievedOn(), m.version())).toList(),
                v.obstacles().stream().map(o -> new Obstacle(o.id(), o.description(), o.raisedOn(), o.resolution(),
                        o.resolvedOn(), o.version())).toList(),
                v.notes().stream().map(n -> new Note(n.id(), n.body(), n.writtenBy(), n.writtenAt())).toList(),
                v.version(), v.updatedAt());
    }
}
