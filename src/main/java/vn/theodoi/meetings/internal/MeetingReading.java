package vn.theodoi.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.meetings.DocumentDue;
import vn.theodoi.meetings.DocumentState;
import vn.theodoi.meetings.MeetingSummary;
import vn.theodoi.meetings.MeetingType;
import vn.theodoi.meetings.MeetingView;
import vn.theodoi.meetings.SinceSession;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.tasks.TaskFilter;
import vn.theodoi.tasks.Tasks;

/** Meeting lists, the whole meeting, "since session N" and the documents a person is reminded of. */
@Service
@Transactional(readOnly = true)
public class MeetingReading {

    private final MeetingAccess access;
    private final MeetingQueries queries;
    private final Organizations organizations;
    private final Tasks tasks;
    private final Records records;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;

    MeetingReading(MeetingAccess access, MeetingQueries queries, Organizations organizations, Tasks tasks,
            Records records, WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.organizations = organizations;
        this.tasks = tasks;
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
    }

    public Page<MeetingSummary> list(TheodoiUser user, MeetingType type, Pageable pageable) {
        return queries.list(access.reader(user), type, pageable);
    }

    public List<MeetingSummary> sessions(TheodoiUser user) {
        return queries.sessions(access.reader(user), 200);
    }

    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public MeetingView view(TheodoiUser user, Long id) {
        Visibility reader = access.reader(user);
        Meeting m = access.visible(reader, id);
        if (m.getClassification().isClassified()) {
            audit.recordEvent("MEETING_READ", MeetingAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", m.getClassification()));
        }
        OrganizationDirectory directory = organizations.directory();
        LocalDate today = calendar.today();
        Map<Long, RecordSummary> linked = records.visibleAmong(user, m.agenda().stream().map(AgendaItem::recordId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(RecordSummary::id, Function.identity()));
        return new MeetingView(m.getId(), m.getType(), m.getNumber(), m.getDate(), m.getTitle(),
                m.getClassification(), directory.byId(m.getOwnerUnitId()).orElse(null), m.getReaders(),
                m.agenda().stream().map(a -> {
                    RecordSummary r = a.recordId() == null ? null : linked.get(a.recordId());
                    return new MeetingView.AgendaItem(a.id(), a.position(), a.title(), r == null ? null : r.id(),
                            r == null ? null : r.code(), r == null ? null : r.title());
                }).toList(),
                m.documents().stream().map(d -> new MeetingView.Document(d.id(), d.title(),
                        directory.byId(d.ownerDepartmentId()).orElse(null), d.dueDate(), d.state(), d.version(),
                        d.state() != DocumentState.APPROVED && today.isAfter(d.dueDate()))).toList(),
                m.getConclusionNumber(), m.getConclusionDate(),
                m.requirements().stream().map(r -> {
                    OrganizationView lead = directory.byId(r.leadOrganizationId()).orElse(null);
                    return new MeetingView.Requirement(r.number(), r.text(), lead == null ? null : lead.code(),
                            lead == null ? null : lead.displayName(), r.dueDate(), r.taskId());
                }).toList(),
                tasks.search(user, TaskFilter.ofMeeting(id), PageRequest.of(0, 200)).getContent(), m.getVersion(),
                reader.describes(m.visibleItem()));
    }

    /** What changed in tasks and records from the session's date until today. */
    public SinceSession since(TheodoiUser user, int sessionNumber, int listSize) {
        Visibility reader = access.reader(user);
        Long id = queries.sessionNumbered(reader, sessionNumber)
                .orElseThrow(() -> new NotFoundException("meeting", sessionNumber));
        Meeting m = access.visible(reader, id);
        MeetingSummary session = new MeetingSummary(m.getId(), m.getType(), m.getNumber(), m.getDate(), m.getTitle(),
                m.getClassification(), m.getConclusionNumber(), m.getConclusionDate(), null);
        return new SinceSession(session, tasks.changesSince(user, m.getDate(), listSize),
                records.changesSince(user, m.getDate(), listSize));
    }

    public List<DocumentDue> documentsDueFor(TheodoiUser person, java.util.Collection<Long> ownUnits, LocalDate until,
            int limit) {
        return queries.documentsDueFor(access.reader(person), ownUnits, until, limit);
    }

    Pageable all() {
        return PageRequest.of(0, 200);
    }
}
