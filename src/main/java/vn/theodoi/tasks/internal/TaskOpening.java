package vn.theodoi.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;

/** Giving tasks: one by one, or all the requirements of a conclusion at once. */
@Service
@Transactional
public class TaskOpening {

    private final TaskAccess access;
    private final TaskParties parties;
    private final TaskCodes codes;
    private final TaskRepository tasks;
    private final Records records;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    TaskOpening(TaskAccess access, TaskParties parties, TaskCodes codes, TaskRepository tasks, Records records,
            WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.parties = parties;
        this.codes = codes;
        this.tasks = tasks;
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Creates a task the person owns: they must be an editor, cleared for its classification, and
     * it must stay within what they may describe (they give tasks to their own unit, or they lead).
     */
    public Long create(TheodoiUser user, TaskForm form) {
        Visibility reader = access.reader(user);
        LocalDate today = calendar.today();
        LocalDate assignedOn = form.assignedOn() == null ? today : form.assignedOn();
        if (assignedOn.isAfter(today)) {
            throw new DomainRuleViolation("task.dateInFuture", assignedOn, today);
        }
        Task task = build(user, reader, form, assignedOn);
        if (!reader.describes(access.item(task))) {
            throw new DomainRuleViolation("task.outOfScope");
        }
        return save(task, form);
    }

    /**
     * Creates the tasks of a conclusion's requirements, in the caller's transaction: the
     * organizations are the ones the Steering Committee named, so the person recording the
     * conclusion (who may change the meeting) need not see each task afterwards.
     */
    public List<Long> createForConclusion(TheodoiUser user, List<TaskForm> forms, LocalDate assignedOn) {
        Visibility reader = access.reader(user);
        List<Long> ids = new ArrayList<>();
        for (TaskForm form : forms) {
            if (form.sourceType() != TaskSourceType.CONCLUSION) {
                throw new DomainRuleViolation("task.notAConclusion");
            }
            ids.add(save(build(user, reader, form, assignedOn), form));
        }
        return ids;
    }

    /**
     * Creates the task of an inspection's recommendation, in the caller's transaction: the person
     * who may change the inspection gives it to the organization the recommendation names, so they
     * need not own the task (the inspecting unit follows it as a coordinating organization).
     */
    public Long createForInspection(TheodoiUser user, TaskForm form) {
        if (form.sourceType() != TaskSourceType.INSPECTION) {
            throw new DomainRuleViolation("task.notAnInspection");
        }
        Visibility reader = access.reader(user);
        LocalDate today = calendar.today();
        LocalDate assignedOn = form.assignedOn() == null ? today : form.assignedOn();
        if (assignedOn.isAfter(today)) {
            throw new DomainRuleViolation("task.dateInFuture", assignedOn, today);
        }
        return save(build(user, reader, form, assignedOn), form);
    }

    private Task build(TheodoiUser user, Visibility reader, TaskForm form, LocalDate assignedOn) {
        if (!reader.edits()) {
            throw access.denied(null, "roles=" + reader.roles());
        }
        if (!reader.clearance().permits(form.classificationOrDefault())) {
            throw new DomainRuleViolation("task.classificationAboveClearance", form.classificationOrDefault());
        }
        Long parentId = form.parentId();
        if (parentId != null) {
            Task parent = access.visible(reader, parentId);
            if (parent.getSourceType() != TaskSourceType.SCHEME || parent.getParentId() != null) {
                throw new DomainRuleViolation("task.milestoneNeedsScheme");
            }
        }
        Set<Long> linked = linkable(user, form.recordIds());
        Set<String> readers = form.readers() == null ? Set.of() : form.readers().stream().map(VietnameseText::clean)
                .filter(Objects::nonNull).map(String::toLowerCase).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Task(codes.next(assignedOn), form.title(), form.sourceType(), form.sourceReference(),
                form.meetingId(), form.requirementNumber(), parentId, form.milestone(),
                parties.resolve(form.leadOrganizationCode(), form.coordinatingOrganizationCodes()),
                form.classificationOrDefault(), assignedOn, form.dueDate(), linked, readers,
                form.responsibleUsername(), user.getUsername(), instants.instant());
    }

    /** A person links only records they may see; one they may not is refused as if it did not exist. */
    private Set<Long> linkable(TheodoiUser user, List<Long> recordIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> wanted = recordIds.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> visible = records.visibleAmong(user, wanted).stream().map(RecordSummary::id)
                .collect(Collectors.toSet());
        for (Long id : wanted) {
            if (!visible.contains(id)) {
                audit.recordEvent("TASK_RECORD_LINK_DENIED", "RECORD", id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "not-visible"));
                throw new DomainRuleViolation("task.recordNotVisible", id);
            }
        }
        return wanted;
    }

    private Long save(Task task, TaskForm form) {
        tasks.saveAndFlush(task);
        audit.recordChange("TASK_CREATED", TaskAccess.AUDIT_TARGET, task.getId(), AuditDetails.of()
                .kind("source", form.sourceType()).id("lead", task.getLeadOrganizationId()).date("due", task.getDueDate())
                .kind("classification", task.getClassification()).id("meeting", task.getMeetingId())
                .count("records", task.getRecordIds().size()));
        return task.getId();
    }
}
