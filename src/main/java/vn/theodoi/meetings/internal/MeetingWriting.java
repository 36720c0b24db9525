package vn.theodoi.meetings.internal;

import java.time.Clock;
import java.time.Instant;
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
import vn.theodoi.meetings.MeetingCommands.AgendaItemForm;
import vn.theodoi.meetings.MeetingCommands.ConclusionForm;
import vn.theodoi.meetings.MeetingCommands.DocumentForm;
import vn.theodoi.meetings.MeetingCommands.DocumentStateForm;
import vn.theodoi.meetings.MeetingCommands.RequirementForm;
import vn.theodoi.meetings.MeetingForm;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.Tasks;

/**
 * Creating a meeting, its agenda and documents, and recording its conclusion. The conclusion's
 * tasks are created through the tasks facade in this same transaction: the conclusion and its
 * tasks exist together or not at all, and the caller gets the task ids at once.
 */
@Service
@Transactional
public class MeetingWriting {

    private final MeetingAccess access;
    private final MeetingRepository meetings;
    private final Organizations organizations;
    private final Tasks tasks;
    private final Records records;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    MeetingWriting(MeetingAccess access, MeetingRepository meetings, Organizations organizations, Tasks tasks,
            Records records, WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.meetings = meetings;
        this.organizations = organizations;
        this.tasks = tasks;
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
    }

    public Long create(TheodoiUser user, MeetingForm form) {
        Visibility reader = access.reader(user);
        if (!reader.edits()) {
            throw access.denied(null);
        }
        if (!reader.clearance().permits(form.classificationOrDefault())) {
            throw new DomainRuleViolation("task.classificationAboveClearance", form.classificationOrDefault());
        }
        if (form.number() != null && meetings.existsByTypeAndNumber(form.type(), form.number())) {
            throw new DomainRuleViolation("meeting.numberTaken", form.number());
        }
        String ownerCode = VietnameseText.clean(form.ownerUnitCode());
        Long owner = ownerCode == null ? user.organizationId() : organization(ownerCode).id();
        Set<String> readers = form.readers() == null ? Set.of() : form.readers().stream().map(VietnameseText::clean)
                .filter(Objects::nonNull).map(String::toLowerCase).collect(Collectors.toCollection(LinkedHashSet::new));
        Meeting meeting = new Meeting(form.type(), form.number(), form.date(), form.title(),
                form.classificationOrDefault(), owner, readers, user.getUsername(), instants.instant());
        if (!reader.describes(meeting.visibleItem())) {
            throw new DomainRuleViolation("meeting.outOfScope");
        }
        meetings.saveAndFlush(meeting);
        audit.recordChange("MEETING_CREATED", MeetingAccess.AUDIT_TARGET, meeting.getId(), AuditDetails.of()
                .kind("type", form.type()).id("number", form.number()).date("date", form.date())
                .kind("classification", meeting.getClassification()));
        return meeting.getId();
    }

    public void addAgendaItem(TheodoiUser user, Long id, AgendaItemForm form) {
        Meeting meeting = access.changeable(access.reader(user), id);
        if (form.recordId() != null && records.visibleAmong(user, List.of(form.recordId())).isEmpty()) {
            audit.recordEvent("MEETING_RECORD_LINK_DENIED", "RECORD", form.recordId(), AuditOutcome.DENIED,
                    AuditDetails.of().code("reason", "not-visible"));
            throw new DomainRuleViolation("task.recordNotVisible", form.recordId());
        }
        meeting.addAgendaItem(form.title(), form.recordId(), instants.instant());
        meetings.flush();
        audit.recordChange("MEETING_AGENDA_ITEM_ADDED", MeetingAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("record", form.recordId()));
    }

    public void addDocument(TheodoiUser user, Long id, DocumentForm form) {
        Meeting meeting = access.changeable(access.reader(user), id);
        OrganizationView department = organization(VietnameseText.clean(form.ownerDepartmentCode()));
        if (department.type() != OrganizationType.DEPARTMENT) {
            throw new DomainRuleViolation("record.notADepartment", department.code());
        }
        PreparedDocument document = meeting.addDocument(form.title(), department.id(), form.dueDate(),
                instants.instant());
        meetings.flush();
        audit.recordChange("MEETING_DOCUMENT_ADDED", MeetingAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("document", document.id()).id("department", department.id()).date("due", form.dueDate()));
    }

    /** The owner department's people, and those who may change the meeting, move a document on. */
    public void moveDocument(TheodoiUser user, Long id, Long documentId, DocumentStateForm form) {
        Visibility reader = access.reader(user);
        Meeting meeting = access.visible(reader, id);
        PreparedDocument document = meeting.documents().stream().filter(d -> documentId.equals(d.id())).findFirst()
                .orElseThrow(() -> new vn.theodoi.shared.NotFoundException("document", documentId));
        boolean ownDepartment = reader.edits() && organizations.subtreeOf(user.organizationId())
                .contains(document.ownerDepartmentId());
        if (!ownDepartment && !reader.describes(meeting.visibleItem())) {
            throw access.denied(id);
        }
        meeting.moveDocument(documentId, form.state(), form.version(), instants.instant());
        meetings.flush();
        audit.recordChange("MEETING_DOCUMENT_MOVED", MeetingAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("document", documentId).kind("state", form.state()));
    }

    /** Records the conclusion and gives each numbered requirement to its lead organization as a task. */
    public List<Long> recordConclusion(TheodoiUser user, Long id, ConclusionForm form) {
        Meeting meeting = access.changeable(access.reader(user), id);
        String reference = "Kết luận số " + VietnameseText.clean(form.number()) + " — "
                + (meeting.getType() == MeetingType.SESSION ? "Phiên họp thứ " + meeting.getNumber()
                        : "Cuộc họp Thường trực Ban Chỉ đạo" + (meeting.getNumber() == null ? "" : " số " + meeting.getNumber()));
        List<TaskForm> forms = new ArrayList<>();
        List<Meeting.Party> parties = new ArrayList<>();
        for (int i = 0; i < form.requirements().size(); i++) {
            RequirementForm r = form.requirements().get(i);
            OrganizationView lead = organization(VietnameseText.clean(r.leadOrganizationCode()));
            forms.add(TaskForm.ofRequirement(r.text(), TaskSourceType.CONCLUSION, reference, id, i + 1, lead.code(),
                    r.dueDate(), meeting.getClassification()));
            parties.add(party(lead));
        }
        List<Long> taskIds = tasks.createForConclusion(user, forms, form.date());
        List<Requirement> made = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            RequirementForm r = form.requirements().get(i);
            made.add(new Requirement(i + 1, VietnameseText.clean(r.text()), parties.get(i).organizationId(),
                    r.dueDate(), taskIds.get(i)));
        }
        meeting.conclude(form.number(), form.date(), made, parties, calendar.today(), instants.instant());
        meetings.flush();
        audit.recordChange("MEETING_CONCLUDED", MeetingAccess.AUDIT_TARGET, id, AuditDetails.of()
                .date("on", form.date()).count("tasks", taskIds.size()));
        return taskIds;
    }

    private static Meeting.Party party(OrganizationView o) {
        return new Meeting.Party(o.id(), o.committeeProvince(), o.type() == OrganizationType.AGENCY,
                o.type() == OrganizationType.DEPARTMENT || o.type() == OrganizationType.COMMISSION);
    }

    private OrganizationView organization(String code) {
        OrganizationDirectory directory = organizations.directory();
        return directory.byCode(code).orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
    }
}
