package vn.theodoi.records;

import java.util.List;

import vn.theodoi.audit.AuditEntry;
import vn.theodoi.deadline.ProcedureAssessment;
import vn.theodoi.organization.OrganizationView;

/** Everything the record page shows, read in a fixed number of queries. */
public record RecordView(
        OversightRecord record,
        ProcedureAssessment procedure,
        OrganizationView owner,
        OrganizationView department,
        List<String> provinceNames,
        List<OrganizationView> agencies,
        List<RecordEvent> events,
        List<RecordParts.LevelChange> levelHistory,
        List<RecordParts.KindChange> kindHistory,
        List<RecordParts.Person> persons,
        List<RecordParts.Money> money,
        List<RecordParts.Milestone> milestones,
        List<RecordParts.Obstacle> obstacles,
        List<RecordParts.Note> notes,
        RecordSummary parent,
        List<RecordSummary> children,
        List<AuditEntry> auditTrail) {

    public long suspects() {
        return persons.stream().filter(p -> p.getProceduralRole() == ProceduralRole.SUSPECT).count();
    }

    public long defendants() {
        return persons.stream().filter(p -> p.getProceduralRole() == ProceduralRole.DEFENDANT).count();
    }
}
