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
    private void requireGrantor(EventInput input) {
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
        OversightRecord record = access.reportable(access.reader(user), id);
        requireGrantor(input);
        RecordKind before = record.getKind();
        record.recordEvent(input, clock.assessor(), user.getUsername(), instants.instant());
        records.flush();
        if (record.getKind() != before) {
            // a case initiated on a matter or a crime report converts it
            audit.recordChange("RECORD_CONVERTED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of().kind("from", before)
                    .kind("to", record.getKind()).date("on", input.date()));
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
