package vn.theodoi.records.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.NewRecord;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.RecordPartForms.SplitForm;
import vn.theodoi.shared.BulkInsert;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.timelimits.ProcedureAssessor;
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
    private final Organizations organizations;
    private final JdbcTemplate jdbc;
    private final Users users;
    private final Clock instants = Clock.systemUTC();

    RecordOpening(RecordAccess access, RecordDescribing describing, RecordCodes codes, OversightRecords records,
            ProcedureClock clock, AuditLog audit, Organizations organizations, JdbcTemplate jdbc, Users users) {
        this.users = users;
        this.organizations = organizations;
        this.jdbc = jdbc;
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
        RecordDescription description = describing.description(form, user.getUsername());
        describing.requirePeople(description);
        OversightRecord record = new OversightRecord(codes.forNew(form.code(), form.kind(),
                description.ownerOrganizationId()), form.kind(), description,
                form.oversightLevel(), form.monitoredSince() == null ? clock.today() : form.monitoredSince(),
                form.levelDecisionRef(), user.getUsername(), instants.instant());
        access.requireStillDescribable(reader, record);
        records.saveAndFlush(record);
        auditCreated(record.getId(), form);
        return record.getId();
    }

    /**
     * Opens many records at once, each with its events, as {@link #create} and then
     * {@link ProcedureRecording#addEvent} for each event would: the same checks of the person, the same aggregate
     * judging every event by the law, the same audit lines. What differs is the cost: the accounts, codes and
     * numbers are looked up for all together, and the records are written with multi-row inserts, not a flush
     * (and the persistence context's dirty check) per record and per event. A record refused refuses all, named
     * by its place ({@link NewRecord.Refused}). Returns the ids in the records' order.
     */
    public List<Long> createAll(TheodoiUser user, List<NewRecord> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Visibility reader = access.reader(user);
        // editors also report progress: the events need nothing more
        access.requireEditor(reader, null);
        List<RecordDescription> descriptions = new ArrayList<>(drafts.size());
        Set<String> named = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            RecordForm form = drafts.get(i).form();
            try {
                if (form.oversightLevel() == null) {
                    throw new DomainRuleViolation("record.levelRequired");
                }
                describing.requireClearance(reader, form);
                RecordDescription description = describing.description(form, user.getUsername());
                descriptions.add(description);
                named.addAll(describing.namedPeople(description));
            } catch (DomainRuleViolation refused) {
                throw new NewRecord.Refused(i, refused);
            }
        }
        Set<String> existing = users.existing(named);
        for (int i = 0; i < drafts.size(); i++) {
            try {
                describing.requirePeople(descriptions.get(i), existing);
            } catch (DomainRuleViolation refused) {
                throw new NewRecord.Refused(i, refused);
            }
        }
        List<String> recordCodes = codes.forNew(drafts.stream().map(NewRecord::form).toList(),
                descriptions.stream().map(RecordDescription::ownerOrganizationId).toList());
        Instant now = instants.instant();
        ProcedureAssessor law = clock.assessor();
        LocalDate today = clock.today();
        List<OversightRecord> opened = new ArrayList<>(drafts.size());
        List<List<RecordKind>> kindsBefore = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            RecordForm form = drafts.get(i).form();
            try {
                OversightRecord record = new OversightRecord(recordCodes.get(i), form.kind(), descriptions.get(i),
                        form.oversightLevel(), form.monitoredSince() == null ? today : form.monitoredSince(),
                        form.levelDecisionRef(), user.getUsername(), now);
                access.requireStillDescribable(reader, record);
                List<RecordKind> before = new ArrayList<>();
                for (EventInput event : drafts.get(i).events()) {
                    ProcedureRecording.requireGrantor(organizations, event);
                    before.add(record.getKind());
                    record.recordEvent(event, law, user.getUsername(), now);
                }
                opened.add(record);
                kindsBefore.add(before);
            } catch (DomainRuleViolation refused) {
                throw new NewRecord.Refused(i, refused);
            }
        }
        // the aggregates as they are, in the caller's transaction; the tally triggers see one statement per table
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (BulkInsert insert = new BulkInsert(connection)) {
                opened.forEach(insert::add);
                insert.flush();
            }
            return null;
        });
        for (int i = 0; i < opened.size(); i++) {
            OversightRecord record = opened.get(i);
            auditCreated(record.getId(), drafts.get(i).form());
            List<EventInput> events = drafts.get(i).events();
            for (int e = 0; e < events.size(); e++) {
                RecordKind before = kindsBefore.get(i).get(e);
                RecordKind after = e + 1 < events.size() ? kindsBefore.get(i).get(e + 1) : record.getKind();
                ProcedureRecording.auditEventAdded(audit, record.getId(), events.get(e), before, after);
            }
        }
        return opened.stream().map(OversightRecord::getId).toList();
    }

    private void auditCreated(Long id, RecordForm form) {
        audit.recordChange("RECORD_CREATED", RecordAccess.AUDIT_TARGET, id, AuditDetails.of()
                .kind("kind", form.kind()).id("level", form.oversightLevel())
                .kind("classification", form.classification()));
    }

    /** Splits a case: phase II (giai đoạn II) is a new record linked to its parent. Returns the child's id. */
    public Long split(TheodoiUser user, Long id, SplitForm form) {
        OversightRecord parent = access.describable(access.reader(user), id);
        Instant now = instants.instant();
        OversightRecord child = parent.splitOff(codes.forChild(form.code(), parent), form.title(), form.summary(),
                form.splitOn(), clock.assessor(), user.getUsername(), now);
        records.saveAndFlush(child);
        records.flush();
        audit.recordChange("RECORD_SPLIT", RecordAccess.AUDIT_TARGET, id, AuditDetails.of().id("child", child.getId())
                .date("on", form.splitOn()));
        audit.recordChange("RECORD_CREATED", RecordAccess.AUDIT_TARGET, child.getId(), AuditDetails.of()
                .id("splitFrom", id));
        return child.getId();
    }
}
