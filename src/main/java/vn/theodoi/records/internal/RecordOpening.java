package vn.theodoi.records.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.timelimits.ProcedureClock;

/** Putting a record under monitoring, and splitting phase II off a case. */
@Service
@Transactional
public class RecordOpening {

    private final RecordAccess access;
    private final RecordDescribing describing;
    private final RecordCodes codes;
    private final OversightRecords records;
    private final ProcedureClock clock;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    RecordOpening(RecordAccess access, RecordDescribing describing, RecordCodes codes, OversightRecords records,
            ProcedureClock clock, AuditLog audit) {
        this.access = access;
        this.describing = describing;
        this.codes = codes;
        this.records = records;
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates a record; the person must be able to see what they create. Returns its id. */
    public Long create(TheodoiUser user, RecordForm form) {
        Visibility reader = access.reader(user);
        access.requireEditor(reader, null);
        if (form.oversightLevel() == null) {
            throw new DomainRuleViolation("record.levelRequired");
        }
        describing.requireClearance(reader, form);
        describing.requireKnownResponsible(form);
        RecordDescription description = describing.description(form, user.getUsername());
        OversightRecord record = new OversightRecord(codes.forNew(form.code(), form.kind(),
                description.ownerOrganizationId()), form.kind(), description,
                form.oversightLevel(), form.monitoredSince() == null ? clock.today() : form.monitoredSince(),
                form.levelDecisionRef(), user.getUsername(), instants.instant());
        access.requireStillDescribable(reader, record);
        records.saveAndFlush(record);
        audit.change("RECORD_CREATED", RecordAccess.AUDIT_TARGET, record.getId(), "kind=" + form.kind() + ", level="
                + form.oversightLevel() + ", classification=" + form.classification());
        return record.getId();
    }

    /** Splits a case: phase II (giai đoạn II) is a new record linked to its parent. Returns the child's id. */
    public Long split(TheodoiUser user, Long id, SplitForm form) {
        OversightRecord parent = access.describable(access.reader(user), id);
        Instant now = instants.instant();
        OversightRecord child = parent.splitOff(codes.forChild(form.code(), parent), form.title(), form.summary(),
                form.splitOn(), clock.assessor(), user.getUsername(), now);
        records.saveAndFlush(child);
        records.flush();
        audit.change("RECORD_SPLIT", RecordAccess.AUDIT_TARGET, id, "child " + child.getId() + " on " + form.splitOn());
        audit.change("RECORD_CREATED", RecordAccess.AUDIT_TARGET, child.getId(), "split from " + id);
        return child.getId();
    }
}
