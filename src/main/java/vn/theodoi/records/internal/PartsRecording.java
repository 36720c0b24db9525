package vn.theodoi.records.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditLog;
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
        changed(id, "RECORD_PERSON_ADDED", "person " + added.id + " (" + added.proceduralRole + ")");
    }

    public void updatePerson(TheodoiUser user, Long id, Long personId, PersonForm form) {
        OversightRecord record = editable(user, id);
        String before = record.persons().stream().filter(p -> personId.equals(p.id)).findFirst()
                .map(p -> String.valueOf(p.proceduralRole)).orElse("");
        record.updatePerson(personId, form.version(), form, instants.instant());
        records.flush();
        changed(id, "RECORD_PERSON_UPDATED", "person " + personId + " (" + before + " -> " + form.proceduralRole()
                + ")");
    }

    public void addMoney(TheodoiUser user, Long id, MoneyForm form) {
        OversightRecord record = editable(user, id);
        record.recordMoney(form.kind(), form.amountVnd(), form.asOf(), form.note(), instants.instant());
        records.flush();
        changed(id, "RECORD_MONEY_ADDED", form.kind() + " entry " + record.money().get(record.money().size() - 1).id);
    }

    public void addMilestone(TheodoiUser user, Long id, MilestoneForm form) {
        OversightRecord record = editable(user, id);
        record.addMilestone(form.description(), form.targetDate(), form.directedBy(), instants.instant());
        records.flush();
        changed(id, "RECORD_MILESTONE_ADDED", "milestone " + record.milestones().get(record.milestones().size() - 1).id
                + " by " + form.targetDate());
    }

    public void achieveMilestone(TheodoiUser user, Long id, Long milestoneId, AchievementForm form) {
        OversightRecord record = editable(user, id);
        record.achieveMilestone(milestoneId, form.version(), form.achievedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_MILESTONE_ACHIEVED", "milestone " + milestoneId + " on " + form.achievedOn());
    }

    public void addObstacle(TheodoiUser user, Long id, ObstacleForm form) {
        OversightRecord record = editable(user, id);
        record.raiseObstacle(form.description(), form.raisedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_OBSTACLE_ADDED", "obstacle " + record.obstacles().get(record.obstacles().size() - 1).id);
    }

    public void resolveObstacle(TheodoiUser user, Long id, Long obstacleId, ResolutionForm form) {
        OversightRecord record = editable(user, id);
        record.resolveObstacle(obstacleId, form.version(), form.resolution(), form.resolvedOn(), instants.instant());
        records.flush();
        changed(id, "RECORD_OBSTACLE_RESOLVED", "obstacle " + obstacleId + " on " + form.resolvedOn());
    }

    /** Notes are progress: agency liaisons write them on their agency's records too. */
    public void addNote(TheodoiUser user, Long id, NoteForm form) {
        OversightRecord record = access.reportable(access.reader(user), id);
        record.addNote(form.body(), user.getUsername(), instants.instant());
        records.flush();
        changed(id, "RECORD_NOTE_ADDED", null);
    }

    private OversightRecord editable(TheodoiUser user, Long id) {
        return access.editable(access.reader(user), id);
    }

    private void changed(Long id, String action, String details) {
        audit.change(action, RecordAccess.AUDIT_TARGET, id, details);
    }
}
