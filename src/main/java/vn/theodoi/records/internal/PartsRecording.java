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
        changed(id, "RECORD_PERSON_ADDED", dates(AuditDetails.of().id("person", added.id)
                .kind("role", added.proceduralRole), added));
    }

    public void updatePerson(TheodoiUser user, Long id, Long personId, PersonForm form) {
        OversightRecord record = editable(user, id);
        Person person = record.persons().stream().filter(p -> personId.equals(p.id)).findFirst().orElse(null);
        ProceduralRole before = person == null ? null : person.proceduralRole;
        java.time.LocalDate[] datesBefore = person == null ? new java.time.LocalDate[4]
                : new java.time.LocalDate[] {person.chargedOn, person.indictedOn, person.triedFirstInstanceOn,
                        person.triedAppealOn};
        record.updatePerson(personId, form.version(), form, instants.instant());
        records.flush();
        AuditDetails details = AuditDetails.of().id("person", personId).kind("roleBefore", before)
                .kind("role", form.proceduralRole());
        // the procedural dates count in reports: a changed one is logged with the value it replaced
        String[] names = {"chargedOn", "indictedOn", "triedFirstInstanceOn", "triedAppealOn"};
        java.time.LocalDate[] after = {form.chargedOn(), form.indictedOn(), form.triedFirstInstanceOn(),
                form.triedAppealOn()};
        for (int i = 0; i < names.length; i++) {
            if (!java.util.Objects.equals(datesBefore[i], after[i])) {
                details.date(names[i] + "Before", datesBefore[i]).date(names[i], after[i]);
            }
        }
        changed(id, "RECORD_PERSON_UPDATED", details);
    }

    /** The person's procedural dates, as they count in reports. */
    private static AuditDetails dates(AuditDetails details, Person person) {
        return details.date("chargedOn", person.chargedOn).date("indictedOn", person.indictedOn)
                .date("triedFirstInstanceOn", person.triedFirstInstanceOn).date("triedAppealOn", person.triedAppealOn);
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
