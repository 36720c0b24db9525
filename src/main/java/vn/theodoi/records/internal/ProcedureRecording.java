package vn.theodoi.records.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.CorrectionForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;
import vn.theodoi.timelimits.ProcedureClock;

/** Procedure events entered and corrected, each judged against the law with the whole history. */
@Service
@Transactional
public class ProcedureRecording {

    private final RecordAccess access;
    private final OversightRecords records;
    private final ProcedureClock clock;
    private final AuditLog audit;
    private final Organizations organizations;
    private final Clock instants = Clock.systemUTC();

    ProcedureRecording(RecordAccess access, OversightRecords records, ProcedureClock clock, AuditLog audit,
            Organizations organizations) {
        this.access = access;
        this.records = records;
        this.clock = clock;
        this.audit = audit;
        this.organizations = organizations;
    }

    /** Every new extension names the body that granted it (DOMAIN.md section 4), an agency of the tree. */
    void requireGrantor(EventInput input) {
        requireGrantor(organizations, input);
    }

    /** As {@link #requireGrantor(EventInput)}, outside any transaction (a refusal here marks none for rollback). */
    static void requireGrantor(Organizations organizations, EventInput input) {
        String grantor = VietnameseText.clean(input.grantedBy());
        if (grantor == null) {
            if (input.type().isExtension()) {
                throw new DomainRuleViolation("record.event.grantorRequired");
            }
            return;
        }
        if (!input.type().isExtension()) {
            throw new DomainRuleViolation("record.event.grantorOnlyOnExtensions");
        }
        organizations.directory().byCode(grantor).filter(o -> o.type() == OrganizationType.AGENCY)
                .orElseThrow(() -> new DomainRuleViolation("record.event.unknownGrantor", grantor));
    }

    public void addEvent(TheodoiUser user, Long id, EventInput input) {
        addEvent(user, id, input, java.util.List.of());
    }

    /**
     * Adds the event and, in the same change, marks the directed milestones it fulfils as achieved on its date
     * (only editors mark milestones; an agency liaison's event leaves them to the record's specialist).
     */
    public void addEvent(TheodoiUser user, Long id, EventInput input, java.util.Collection<Long> milestonesReached) {
        vn.theodoi.access.Visibility reader = access.reader(user);
        OversightRecord record = access.reportable(reader, id);
        if (!milestonesReached.isEmpty()) {
            access.requireEditor(reader, id);
        }
        requireGrantor(input);
        RecordKind before = record.getKind();
        record.recordEvent(input, clock.assessor(), user.getUsername(), instants.instant());
        records.flush();
        auditEventAdded(audit, id, input, before, record.getKind());
        for (Long milestoneId : milestonesReached) {
            Milestone milestone = record.milestones().stream().filter(m -> milestoneId.equals(m.id)).findFirst()
                    .orElseThrow(() -> new vn.theodoi.shared.NotFoundException("milestone", milestoneId));
            if (milestone.achievedOn == null) {
                record.achieveMilestone(milestoneId, milestone.version, input.date(), instants.instant());
                records.flush();
                audit.recordChange("RECORD_MILESTONE_ACHIEVED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                        .id("milestone", milestoneId).date("achieved", input.date()));
            }
        }
    }

    /** The audit lines of an event added: the conversion it made (a case initiated on a matter), then the event. */
    static void auditEventAdded(AuditLog audit, Long id, EventInput input, RecordKind before, RecordKind after) {
        if (after != before) {
            // a case initiated on a matter or a crime report converts it
            audit.recordChange("RECORD_CONVERTED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of().kind("from", before)
                    .kind("to", after).date("on", input.date()));
        }
        audit.recordChange("RECORD_EVENT_ADDED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                .kind("type", input.type()).date("date", input.date()).id("extensionDays", input.extensionDays())
                .id("extensionMonths", input.extensionMonths()).date("received", input.fileReceivedDate())
                .code("grantedBy", input.grantedBy()));
    }

    /** Replaces an event with a corrected one; the old one stays, marked superseded, with the reason. */
    public void correctEvent(TheodoiUser user, Long id, Long eventId, CorrectionForm form) {
        OversightRecord record = access.editable(access.reader(user), id);
        requireGrantor(form.event());
        RecordEvent old = record.currentEvents().stream().filter(e -> eventId.equals(e.id())).findFirst().orElse(null);
        record.correctEvent(eventId, form.event(), form.reason(), clock.assessor(), user.getUsername(),
                instants.instant());
        records.flush();
        audit.recordChange("RECORD_EVENT_CORRECTED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                .id("event", eventId).kind("typeBefore", old.type()).date("dateBefore", old.date())
                .kind("type", form.event().type()).date("date", form.event().date()));
    }
}
