package vn.theodoi.ingest.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.ingest.AcceptForm;
import vn.theodoi.ingest.Decision;
import vn.theodoi.ingest.ProposalKind;
import vn.theodoi.records.RecordPartForms.NoteForm;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.tasks.TaskForm;
import vn.theodoi.tasks.TaskSourceType;
import vn.theodoi.tasks.Tasks;

/**
 * The reader's decision on a text's proposals, in one transaction: each accepted task is created through the
 * tasks module (an ad hoc instruction whose source is this text, linked to its record), each accepted record
 * link becomes a note on the record through the records module, and the batch is decided. The batch's row is
 * locked first, so a second decision (a double click, a retried request) waits and is then refused: nothing is
 * created twice. Any refusal of a module undoes the whole decision.
 */
@Service
@Transactional
public class IngestDeciding {

    /** The longest part of the text a record's note quotes. */
    static final int QUOTED = 1500;

    private final IngestAccess access;
    private final Tasks tasks;
    private final Records records;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    IngestDeciding(IngestAccess access, Tasks tasks, Records records, AuditLog audit) {
        this.access = access;
        this.tasks = tasks;
        this.records = records;
        this.audit = audit;
    }

    public void accept(TheodoiUser user, Long id, AcceptForm form) {
        IngestBatch batch = access.own(user, id, true);
        Map<Long, AcceptForm.Change> changes = form.changes().stream()
                .collect(Collectors.toMap(AcceptForm.Change::id, Function.identity(), (a, b) -> b));
        Set<Long> named = new LinkedHashSet<>(form.accepted());
        named.addAll(changes.keySet());
        batch.checkDecision(named);

        Set<Long> accepted = new HashSet<>(form.accepted());
        int created = 0;
        int noted = 0;
        for (IngestProposal p : batch.getProposals()) {
            if (!accepted.contains(p.getId())) {
                continue;
            }
            try {
                if (p.getKind() == ProposalKind.TASK) {
                    AcceptForm.Change change = changes.get(p.getId());
                    Long taskId = tasks.create(user, task(user, batch, p, change));
                    p.decide(Decision.ACCEPTED, taskId, change != null && change.changesSomething());
                    created++;
                } else {
                    records.addNote(user, p.getRecordId(), new NoteForm(note(batch, p)));
                    p.decide(Decision.ACCEPTED, null, false);
                    noted++;
                }
            } catch (ProposalRefused e) {
                throw e;
            } catch (DomainRuleViolation e) {
                throw new ProposalRefused(p.getId(), e);
            }
        }
        batch.decided(instants.instant());
        audit.recordChange("INGEST_DECIDED", IngestAccess.AUDIT_TARGET, batch.getId(), AuditDetails.of()
                .count("accepted", accepted.size()).count("tasks", created).count("notes", noted)
                .count("rejected", batch.getProposals().size() - accepted.size()));
    }

    /** The proposed task with the reader's changes; without a lead, the reader's own unit leads it. */
    private static TaskForm task(TheodoiUser user, IngestBatch batch, IngestProposal p, AcceptForm.Change change) {
        String title = p.getTitle();
        String lead = p.getLeadCode();
        LocalDate due = p.getDueDate();
        Long record = p.getRecordId();
        if (change != null) {
            title = change.title() != null && !change.title().isBlank() ? change.title().strip() : title;
            lead = change.leadOrganizationCode() != null && !change.leadOrganizationCode().isBlank()
                    ? change.leadOrganizationCode().strip() : lead;
            due = Boolean.TRUE.equals(change.noDueDate()) ? null : change.dueDate() != null ? change.dueDate() : due;
            record = Boolean.TRUE.equals(change.noRecord()) ? null : change.recordId() != null ? change.recordId() : record;
        }
        if (lead == null) {
            lead = user.organizationCode();
        }
        String leadCode = lead;
        Set<String> coordinators = p.getCoordinatorCodes().stream().filter(c -> !c.equals(leadCode))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new TaskForm(title, TaskSourceType.AD_HOC, source(batch), null, null, lead, coordinators, due,
                Clearance.UNCLASSIFIED, record == null ? List.of() : List.of(record), Set.of(), null, null, null, null);
    }

    /** The task's source: this text, by its number and name ("Văn bản tiếp nhận số 12: Thông báo 15-TB.docx"). */
    static String source(IngestBatch batch) {
        String source = "Văn bản tiếp nhận số " + batch.getId()
                + (batch.getSourceName() == null ? "" : ": " + batch.getSourceName());
        return source.length() <= 500 ? source : source.substring(0, 499) + "…";
    }

    /** The note a record gets: which text names it, and the sentence that does. */
    private static String note(IngestBatch batch, IngestProposal p) {
        String sentence = batch.getContent().substring(p.getContextStart(), p.getContextEnd()).strip();
        if (sentence.length() > QUOTED) {
            sentence = sentence.substring(0, QUOTED) + "…";
        }
        return source(batch) + " (đọc ngày " + batch.getReadOn().format(java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy")) + ") nêu vụ việc này: “" + sentence + "”";
    }
}
