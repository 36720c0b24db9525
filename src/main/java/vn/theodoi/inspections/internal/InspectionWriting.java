package vn.theodoi.inspections.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.inspections.InspectionCommands.ConclusionForm;
import vn.theodoi.inspections.InspectionCommands.FindingsForm;
import vn.theodoi.inspections.InspectionCommands.RecommendationForm;
import vn.theodoi.inspections.InspectionCommands.StartForm;
import vn.theodoi.inspections.InspectionForm;
import vn.theodoi.inspections.InspectionKind;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.Tasks;

/**
 * Planning an inspection, moving it through its lifecycle, its findings and its recommendations.
 * A recommendation's task is created through the tasks facade in this same transaction: the
 * recommendation and its task exist together or not at all, and the caller gets the task's id.
 */
@Service
@Transactional
public class InspectionWriting {

    /** How long a task's source reference may be (the tasks table's column). */
    private static final int REFERENCE_LENGTH = 500;

    private final InspectionAccess access;
    private final InspectionRepository inspections;
    private final Organizations organizations;
    private final Users users;
    private final Tasks tasks;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    InspectionWriting(InspectionAccess access, InspectionRepository inspections, Organizations organizations,
            Users users, Tasks tasks, WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.inspections = inspections;
        this.organizations = organizations;
        this.users = users;
        this.tasks = tasks;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Plans an inspection the person conducts: they must be an editor, cleared for its
     * classification, and own it (leaders; a Commission unit's staff for their unit; a province's
     * officers for their standing agency). Team members and readers must name accounts.
     */
    public Long create(TheodoiUser user, InspectionForm form) {
        Visibility reader = access.reader(user);
        if (!reader.edits()) {
            throw access.denied(null);
        }
        if (!reader.clearance().permits(form.classificationOrDefault())) {
            throw new DomainRuleViolation("inspection.classificationAboveClearance", form.classificationOrDefault());
        }
        OrganizationDirectory directory = organizations.directory();
        OrganizationView target = organization(directory, form.targetOrganizationCode());
        String ownerCode = VietnameseText.clean(form.ownerUnitCode());
        OrganizationView owner = ownerCode == null
                ? directory.byId(user.organizationId()).orElseThrow(() -> new DomainRuleViolation("organization.unknown",
                        user.organizationCode()))
                : organization(directory, ownerCode);
        String head = username(form.teamHead());
        Set<String> team = usernames(form.team());
        if (head != null) {
            team.add(head);
        }
        Set<String> readers = usernames(form.readers());
        Set<String> named = new LinkedHashSet<>(team);
        named.addAll(readers);
        Set<String> existing = users.existing(named);
        for (String name : named) {
            if (!existing.contains(name)) {
                throw new DomainRuleViolation("inspection.unknownUser", name);
            }
        }
        Set<Long> teamUnits = team.stream().map(u -> users.byUsername(u).organizationCode())
                .map(code -> directory.byCode(code).map(OrganizationView::id).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Inspection inspection = new Inspection(form.kind(), form.subject(), party(target), owner.id(),
                owner.committeeProvince(), form.classificationOrDefault(), form.periodStart(), form.periodEnd(),
                head, team, teamUnits, readers, user.getUsername(), instants.instant());
        if (!reader.describes(inspection.visibleItem())) {
            throw new DomainRuleViolation("inspection.outOfScope");
        }
        inspections.saveAndFlush(inspection);
        audit.recordChange("INSPECTION_CREATED", InspectionAccess.AUDIT_TARGET, inspection.getId(), AuditDetails.of()
                .kind("kind", form.kind()).id("target", target.id()).id("owner", owner.id())
                .date("from", form.periodStart()).date("to", form.periodEnd())
                .kind("classification", inspection.getClassification()).count("team", team.size()));
        return inspection.getId();
    }

    public void start(TheodoiUser user, Long id, StartForm form) {
        Inspection inspection = access.changeable(access.reader(user), id);
        inspection.start(form.date(), form.version(), calendar.today(), instants.instant());
        inspections.flush();
        audit.recordChange("INSPECTION_STARTED", InspectionAccess.AUDIT_TARGET, id, AuditDetails.of()
                .date("on", form.date()));
    }

    public void recordFindings(TheodoiUser user, Long id, FindingsForm form) {
        Inspection inspection = access.changeable(access.reader(user), id);
        inspection.recordFindings(form.findings(), form.version(), instants.instant());
        inspections.flush();
        audit.recordChange("INSPECTION_FINDINGS_RECORDED", InspectionAccess.AUDIT_TARGET, id, AuditDetails.of()
                .count("length", inspection.getFindings().length()));
    }

    public void conclude(TheodoiUser user, Long id, ConclusionForm form) {
        Inspection inspection = access.changeable(access.reader(user), id);
        inspection.conclude(form.date(), form.reference(), form.version(), calendar.today(), instants.instant());
        inspections.flush();
        audit.recordChange("INSPECTION_CONCLUDED", InspectionAccess.AUDIT_TARGET, id, AuditDetails.of()
                .date("on", form.date()));
    }

    /** Records a recommendation and gives it to its lead organization as a task; returns the task's id. */
    public Long recommend(TheodoiUser user, Long id, RecommendationForm form) {
        Inspection inspection = access.changeable(access.reader(user), id);
        LocalDate today = calendar.today();
        LocalDate on = form.date() == null ? today : form.date();
        inspection.checkRecommendation(on, form.dueDate(), today);
        OrganizationDirectory directory = organizations.directory();
        OrganizationView lead = organization(directory, form.leadOrganizationCode());
        OrganizationView owner = directory.byId(inspection.getOwnerUnitId()).orElseThrow();
        OrganizationView target = directory.byId(inspection.getTargetOrganizationId()).orElseThrow();
        Set<String> coordinators = lead.id().equals(owner.id()) ? Set.of() : Set.of(owner.code());
        Long taskId = tasks.createForInspection(user, new TaskForm(form.text(), TaskSourceType.INSPECTION,
                reference(inspection, target), null, null, lead.code(), coordinators, form.dueDate(),
                inspection.getClassification(), java.util.List.of(), inspection.getReaders(), null, null, null, on));
        int number = inspection.addRecommendation(form.text(), party(lead), form.dueDate(), on, taskId, today,
                instants.instant());
        inspections.flush();
        audit.recordChange("INSPECTION_RECOMMENDATION_ADDED", InspectionAccess.AUDIT_TARGET, id, AuditDetails.of()
                .count("number", number).id("lead", lead.id()).date("due", form.dueDate()).id("task", taskId));
        return taskId;
    }

    /** How the task cites the inspection: "Kiểm tra tại BCĐ tỉnh Nghệ An (01/03/2026 – 31/03/2026): subject". */
    static String reference(Inspection inspection, OrganizationView target) {
        String text = (inspection.getKind() == InspectionKind.INSPECTION ? "Kiểm tra" : "Giám sát") + " tại "
                + target.displayName() + " (" + vn.theodoi.shared.web.DateText.format(inspection.getPeriodStart())
                + " – " + vn.theodoi.shared.web.DateText.format(inspection.getPeriodEnd()) + "): "
                + inspection.getSubject();
        return text.length() <= REFERENCE_LENGTH ? text : text.substring(0, REFERENCE_LENGTH - 1) + "…";
    }

    static Inspection.Party party(OrganizationView o) {
        return new Inspection.Party(o.id(), o.committeeProvince(), o.type() == OrganizationType.AGENCY,
                o.type() == OrganizationType.DEPARTMENT || o.type() == OrganizationType.COMMISSION);
    }

    private static OrganizationView organization(OrganizationDirectory directory, String code) {
        String cleaned = VietnameseText.clean(code);
        OrganizationView o = directory.byCode(cleaned)
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", cleaned));
        if (!o.active()) {
            throw new DomainRuleViolation("inspection.organizationInactive", cleaned);
        }
        return o;
    }

    private static String username(String name) {
        String cleaned = VietnameseText.clean(name);
        return cleaned == null ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> usernames(Set<String> names) {
        return names == null ? new LinkedHashSet<>() : names.stream().map(InspectionWriting::username)
                .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
