package vn.theodoi.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.theodoi.access.Clearance;
import vn.theodoi.audit.AuditEntry;
import vn.theodoi.deadline.CourtLevel;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.deadline.ReturnedBy;
import vn.theodoi.deadline.Severity;
import vn.theodoi.deadline.Stage;
import vn.theodoi.organization.OrganizationView;

/**
 * A whole record as its page and the API show it: what describes it, its stage and every time
 * limit, its events and parts, its family, and its audit trail. Read in a fixed number of queries.
 */
public record RecordView(
        Long id,
        String code,
        RecordKind kind,
        String title,
        String summary,
        Integer oversightLevel,
        Severity severity,
        Clearance classification,
        OrganizationView owner,
        OrganizationView department,
        String responsibleUsername,
        Set<String> provinceCodes,
        List<String> provinceNames,
        List<OrganizationView> agencies,
        Set<String> crimeArticles,
        Set<String> readers,
        Long parentId,
        long damageVnd,
        long seizedVnd,
        long recoveredVnd,
        long version,
        Instant updatedAt,
        ProcedureAssessment procedure,
        Problem historyProblem,
        List<Event> events,
        List<LevelChange> levelHistory,
        List<KindChange> kindHistory,
        List<Person> persons,
        List<MoneyEntry> money,
        List<Milestone> milestones,
        List<Obstacle> obstacles,
        List<Note> notes,
        RecordSummary parent,
        List<RecordSummary> children,
        List<AuditEntry> auditTrail) {

    /** The stage the record is in: the last one entered and not left. */
    public Stage currentStage() {
        return procedure.currentStage();
    }

    public long suspects() {
        return persons.stream().filter(p -> p.proceduralRole() == ProceduralRole.SUSPECT).count();
    }

    public long defendants() {
        return persons.stream().filter(p -> p.proceduralRole() == ProceduralRole.DEFENDANT).count();
    }

    /** Why the stored history no longer passes the law as the table now reads it (a message key and its arguments). */
    public record Problem(String code, List<Object> arguments) {
    }

    /** A procedure event; a superseded one names the correction that replaced it and why. */
    public record Event(Long id, EventType type, LocalDate date, Integer extensionDays, Integer extensionMonths,
            ReturnedBy returnedBy, CourtLevel courtLevel, String documentRef, String note, LocalDate fileReceivedDate,
            String grantedBy, Long supersededById, String correctionReason, String recordedBy, Instant recordedAt) {

        public boolean isCurrent() {
            return supersededById == null;
        }
    }

    public record LevelChange(Integer oversightLevel, LocalDate decidedOn, String decisionRef, String note,
            String recordedBy) {
    }

    public record KindChange(RecordKind fromKind, RecordKind toKind, LocalDate changedOn, String note,
            String recordedBy) {
    }

    /** A person with their own procedural dates (khởi tố bị can, truy tố, xét xử sơ thẩm, phúc thẩm), each may be null. */
    public record Person(Long id, String fullName, ProceduralRole proceduralRole, String position,
            String organizationName, boolean partyMember, boolean centralCadre, LocalDate chargedOn,
            LocalDate indictedOn, LocalDate triedFirstInstanceOn, LocalDate triedAppealOn, long version) {
    }

    public record MoneyEntry(Long id, MoneyKind kind, long amountVnd, LocalDate asOf, String note) {
    }

    public record Milestone(Long id, String description, LocalDate targetDate, String directedBy,
            LocalDate achievedOn, long version) {

        /** Achieved after its target, or not achieved and the target has passed. */
        public boolean isMissed(LocalDate today) {
            return achievedOn == null ? today.isAfter(targetDate) : achievedOn.isAfter(targetDate);
        }
    }

    public record Obstacle(Long id, String description, LocalDate raisedOn, String resolution, LocalDate resolvedOn,
            long version) {
    }

    public record Note(Long id, String body, String writtenBy, Instant writtenAt) {
    }
}
