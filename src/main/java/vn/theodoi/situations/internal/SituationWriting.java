package vn.theodoi.situations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Scope;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.situations.SituationCommands.LinkForm;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.SituationForm;
import vn.theodoi.tasks.Tasks;

/** Reporting a hot spot, its follow-up entries and status, and linking what came of it: each one transaction, each audited. */
@Service
@Transactional
public class SituationWriting {

    private final SituationAccess access;
    private final SituationRepository situations;
    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final Records records;
    private final Tasks tasks;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    SituationWriting(SituationAccess access, SituationRepository situations, Organizations organizations,
            WorkingDayCalendar calendar, Records records, Tasks tasks, AuditLog audit) {
        this.access = access;
        this.situations = situations;
        this.organizations = organizations;
        this.calendar = calendar;
        this.records = records;
        this.tasks = tasks;
        this.audit = audit;
    }

    /**
     * Reports a hot spot: editors only, cleared for its classification; a provincial officer reports
     * for their own province only. The reporter's unit owns it.
     */
    public Long report(TheodoiUser user, SituationForm form) {
        Visibility reader = access.reader(user);
        if (!reader.edits()) {
            throw access.denied(null, "roles=" + reader.roles());
        }
        String province = VietnameseText.clean(form.provinceCode());
        if (organizations.province(province).filter(Province::isCurrent).isEmpty()) {
            throw new DomainRuleViolation("situation.unknownProvince", form.provinceCode());
        }
        if (reader.scope().kind() == Scope.Kind.PROVINCE && !reader.scope().provinceCodes().contains(province)) {
            audit.recordEvent("SITUATION_CHANGE_DENIED", SituationAccess.AUDIT_TARGET, null, AuditOutcome.DENIED,
                    AuditDetails.of().code("reason", "other-province").code("province", province));
            throw new DomainRuleViolation("situation.otherProvince");
        }
        if (!reader.clearance().permits(form.classificationOrDefault())) {
            throw new DomainRuleViolation("situation.classificationAboveClearance", form.classificationOrDefault());
        }
        Set<String> readers = form.readers() == null ? Set.of() : form.readers().stream().map(VietnameseText::clean)
                .filter(Objects::nonNull).map(String::toLowerCase).collect(Collectors.toCollection(LinkedHashSet::new));
        Situation situation = new Situation(form.type(), province, form.place(), form.occurredOn(), form.scale(),
                form.severity(), form.summary(), form.classificationOrDefault(), user.organizationId(), readers,
                user.getUsername(), calendar.today(), instants.instant());
        situations.saveAndFlush(situation);
        audit.recordChange("SITUATION_REPORTED", SituationAccess.AUDIT_TARGET, situation.getId(), AuditDetails.of()
                .kind("type", form.type()).code("province", province).count("severity", form.severity())
                .date("occurred", form.occurredOn()).kind("classification", situation.getClassification()));
        return situation.getId();
    }

    /** Reports many hot spots at once, each as {@link #report} does (demo and generated data). */
    public List<Long> reportAll(TheodoiUser user, List<SituationForm> forms) {
        return forms.stream().map(f -> report(user, f)).toList();
    }

    public void addUpdate(TheodoiUser user, Long id, UpdateForm form) {
        Situation situation = access.updatable(access.reader(user), id);
        SituationUpdate update = situation.addUpdate(form.date(), form.text(), form.status(), form.version(),
                user.getUsername(), calendar.today(), instants.instant());
        situations.flush();
        audit.recordChange("SITUATION_UPDATED", SituationAccess.AUDIT_TARGET, id, AuditDetails.of()
                .date("asOf", form.date()).kind("before", update.statusBefore()).kind("after", update.statusAfter()));
    }

    /** Links exactly one record or task; the person linking must see it, or it is refused as if it did not exist. */
    public void link(TheodoiUser user, Long id, LinkForm form) {
        if ((form.recordId() == null) == (form.taskId() == null)) {
            throw new DomainRuleViolation("situation.linkOne");
        }
        Situation situation = access.updatable(access.reader(user), id);
        Instant now = instants.instant();
        if (form.recordId() != null) {
            if (records.visibleAmong(user, List.of(form.recordId())).isEmpty()) {
                audit.recordEvent("SITUATION_LINK_DENIED", "RECORD", form.recordId(), AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "not-visible"));
                throw new DomainRuleViolation("situation.recordNotVisible", form.recordId());
            }
            situation.linkRecord(form.recordId(), form.version(), now);
        } else {
            if (!tasks.isVisibleTo(user, form.taskId())) {
                audit.recordEvent("SITUATION_LINK_DENIED", "TASK", form.taskId(), AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "not-visible"));
                throw new DomainRuleViolation("situation.taskNotVisible", form.taskId());
            }
            situation.linkTask(form.taskId(), form.version(), now);
        }
        situations.flush();
        audit.recordChange("SITUATION_LINKED", SituationAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("record", form.recordId()).id("task", form.taskId()));
    }
}
