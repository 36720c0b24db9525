package vn.theodoi.records.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.records.ProceduralRole;
import vn.theodoi.records.RecordPartForms.AchievementForm;
import vn.theodoi.records.RecordPartForms.MilestoneForm;
import vn.theodoi.records.RecordPartForms.MoneyForm;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.RecordPartForms.ObstacleForm;
import vn.theodoi.records.RecordPartForms.PersonForm;
import vn.theodoi.records.RecordPartForms.ResolutionForm;

/**
 * Persons, money, directed milestones, obstacles and notes of a record. Audit lines name the
 * part and its kind, never its content: auditors are not cleared for it.
 */
@Service
@Transactional
public class PartsRecording {

    private final RecordAccess access;
    private final OversightRecords records;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    PartsRecording(RecordAccess access, OversightRecords records, AuditLog audit) {
        this.access = access;
        this.records = records;
        this.audit = audit;
    }

    public void addPerson(TheodoiUser user, Long id, PersonForm form) {
        OversightRecord record = editable(user, id);
        record.addPerson(form, instants.instant());
        records.flush();
        Person added = record.persons().get(record.persons().size() - 1);
        changed(id, "RECORD_PERSON_ADDED", AuditDetails.of().id("person", added.id).kind("role", added.proceduralRole));
    }

    public void updatePerson(TheodoiUser user, Long id, Long personId, PersonForm form) {
        OversightRecord record = editable(user, id);
        ProceduralRole before = record.persons().stream().filter(p -> personId.equals(p.id)).findFirst()
                .map(p -> p.proceduralRole).orElse(null);
        record.updatePerson(personId, form.version(), form, instants.instant());
        records.flush();
        changed(id, "RECORD_PERSON_UPDATED", AuditDetails.of().id("person", personId).kind("roleBefore", before)
                .kind("role", form.proceduralRole()));
    }

    public void addMoney(TheodoiUser user, Long id, MoneyForm form) {
        OversightRecord record = editable(user, id);
        record.recordMoney(form.kind(), form.amountVnd(), form.asOf(), form.note(), instants.instant());
        records.flush();
        changed(id, "RECORD_MONEY_ADDED", AuditDetails.of().kind("kind", form.kind())
                .id("entry", record.money().get(record.money().size() - 1).id).date("asOf", form.asOf()));
    }

    public void addMilestone(TheodoiUser user, Long id, MilestoneForm form) {
        OversightRecord record = editable(user, id);
        record.addMilestone(form.description(), form.targetDate(), form.directedBy(), instants.instant());
        records.flush();
        changed(id, "RECORD_MILESTONE_ADDED", AuditDetails.of()
                .id("milestone", record.milestones().get(record.milestones().size() - 1).id)
                .date("target", form.targetDate()));
    }

    public void achieveMilestone(TheodoiUser user, Long id, Long milestoneId, AchievementForm form) {
        OversightRecord record = editable(user, id);
        record.achieveMilestone(milestoneId, form.version(), form.achievedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_MILESTONE_ACHIEVED", AuditDetails.of().id("milestone", milestoneId)
                .date("achieved", form.achievedOn()));
    }

    public void addObstacle(TheodoiUser user, Long id, ObstacleForm form) {
        OversightRecord record = editable(user, id);
        record.raiseObstacle(form.description(), form.raisedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_OBSTACLE_ADDED", AuditDetails.of()
                .id("obstacle", record.obstacles().get(record.obstacles().size() - 1).id).date("raised", form.raisedOn()));
    }

    public void resolveObstacle(TheodoiUser user, Long id, Long obstacleId, ResolutionForm form) {
        OversightRecord record = editable(user, id);
        record.resolveObstacle(obstacleId, form.version(), form.resolution(), form.resolvedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_OBSTACLE_RESOLVED", AuditDetails.of().id("obstacle", obstacleId)
                .date("resolved", form.resolvedOn()));
    }

    /** Notes are progress: agency liaisons write them on their agency's records too. */
    public void addNote(TheodoiUser user, Long id, NoteForm form) {
        OversightRecord record = access.reportable(access.reader(user), id);
        record.addNote(form.body(), user.getUsername(), instants.instant());
        records.flush();
        changed(id, "RECORD_NOTE_ADDED", AuditDetails.of());
    }

    private OversightRecord editable(TheodoiUser user, Long id) {
        return access.editable(access.reader(user), id);
    }

    private void changed(Long id, String action, AuditDetails details) {
        audit.recordChange(action, RecordAccess.AUDIT_TARGET, id, details);
    }
}
