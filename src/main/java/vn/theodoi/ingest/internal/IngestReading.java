package vn.theodoi.ingest.internal;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.ingest.IngestBatchSummary;
import vn.theodoi.ingest.IngestBatchView;
import vn.theodoi.ingest.IngestMentionView;
import vn.theodoi.ingest.IngestProposalView;
import vn.theodoi.ingest.MentionKind;
import vn.theodoi.ingest.ProposalKind;
import vn.theodoi.ingest.ReadForm;
import vn.theodoi.ingest.TextSpan;
import vn.theodoi.ingest.internal.engine.Reading;
import vn.theodoi.ingest.internal.engine.TextReader;
import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * Reading a text: the engine runs on the reader's dictionary and the batch is kept with its proposals; and
 * showing a batch to its reader, every record checked again against what they may see now.
 */
@Service
@Transactional
public class IngestReading {

    private final IngestAccess access;
    private final IngestBatches batches;
    private final ReaderDictionary dictionary;
    private final DocumentText documents;
    private final Records records;
    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    IngestReading(IngestAccess access, IngestBatches batches, ReaderDictionary dictionary, DocumentText documents,
            Records records, Organizations organizations, WorkingDayCalendar calendar, AuditLog audit) {
        this.access = access;
        this.batches = batches;
        this.dictionary = dictionary;
        this.documents = documents;
        this.records = records;
        this.organizations = organizations;
        this.calendar = calendar;
        this.audit = audit;
    }

    public Long read(TheodoiUser user, ReadForm form) {
        access.requireReader(user);
        String text = Normalizer.normalize(form.text(), Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .strip();
        if (text.isEmpty()) {
            throw new DomainRuleViolation("ingest.empty");
        }
        String source = form.sourceName() == null || form.sourceName().isBlank() ? null : form.sourceName().strip();
        LocalDate readOn = form.readOn() == null ? calendar.today() : form.readOn();
        Reading reading = TextReader.read(text, dictionary.forText(user, text), readOn);

        IngestBatch batch = new IngestBatch(user.getUsername(), instants.instant(), source, readOn, text);
        for (Reading.RecordLink link : reading.records()) {
            batch.proposeRecord(link.recordId(), link.via(), link.context().start(), link.context().end(),
                    evidence(link.evidence()));
        }
        for (Reading.TaskProposal task : reading.tasks()) {
            batch.proposeTask(task.title(), task.leadCode(), task.coordinatorCodes(), task.due(), task.dueText(),
                    task.recordId(), task.evidence().start(), task.evidence().end(), evidence(task.marks()));
        }
        for (Reading.Mention m : reading.mentions()) {
            batch.recognized(new Mention(MentionKind.valueOf(m.kind().name()), m.span().start(), m.span().end(),
                    m.value(), m.detail()));
        }
        batches.saveAndFlush(batch);
        audit.recordChange("INGEST_READ", IngestAccess.AUDIT_TARGET, batch.getId(), AuditDetails.of()
                .count("characters", text.length()).count("records", reading.records().size())
                .count("tasks", reading.tasks().size()).flag("file", source != null));
        return batch.getId();
    }

    /** Reads the text of an uploaded .txt, .docx or .pdf (Tika), then as {@link #read}. */
    public Long readFile(TheodoiUser user, String fileName, InputStream bytes, LocalDate readOn) {
        access.requireReader(user);
        String name = fileName == null ? null : Normalizer.normalize(fileName, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\\\/]", "_");
        if (name != null && name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return read(user, new ReadForm(documents.of(name, bytes), name, readOn));
    }

    @Transactional(readOnly = true)
    public IngestBatchView view(TheodoiUser user, Long id) {
        IngestBatch batch = access.own(user, id, false);
        Set<Long> recordIds = new HashSet<>();
        batch.getProposals().forEach(p -> {
            if (p.getRecordId() != null) {
                recordIds.add(p.getRecordId());
            }
        });
        batch.getMentions().stream().filter(m -> m.getKind() == MentionKind.RECORD)
                .forEach(m -> recordIds.add(Long.valueOf(m.getValue())));
        Map<Long, RecordSummary> visible = visibleRecords(user, recordIds);
        OrganizationDirectory directory = organizations.directory();

        List<IngestProposalView> proposals = new ArrayList<>();
        for (IngestProposal p : batch.getProposals()) {
            RecordSummary record = p.getRecordId() == null ? null : visible.get(p.getRecordId());
            if (p.getKind() == ProposalKind.RECORD_LINK && record == null) {
                continue;
            }
            String leadName = p.getLeadCode() == null ? null
                    : directory.byCode(p.getLeadCode()).map(OrganizationView::name).orElse(null);
            proposals.add(new IngestProposalView(p.getId(), p.getKind(), record == null ? null : record.id(),
                    record == null ? null : record.code(), record == null ? null : record.title(), p.getVia(),
                    p.getTitle(), p.getLeadCode(), leadName, p.getCoordinatorCodes(), p.getDueDate(), p.getDueText(),
                    p.getKind() == ProposalKind.RECORD_LINK || record != null ? spans(p.getEvidence())
                            : spans(withoutRecord(p, batch, visible)),
                    new TextSpan(p.getContextStart(), p.getContextEnd()), p.getDecision(), p.getTaskId(), p.isEdited()));
        }
        List<IngestMentionView> mentions = batch.getMentions().stream()
                .filter(m -> m.getKind() != MentionKind.RECORD || visible.containsKey(Long.valueOf(m.getValue())))
                .map(m -> new IngestMentionView(m.getKind(), new TextSpan(m.getStart(), m.getEnd()), m.getValue(),
                        m.getDetail()))
                .toList();
        return new IngestBatchView(batch.getId(), batch.getSourceName(), batch.getContent(), batch.getReadOn(),
                batch.getCreatedBy(), batch.getCreatedAt(), batch.getState(), batch.getDecidedAt(), proposals, mentions);
    }

    @Transactional(readOnly = true)
    public List<IngestBatchSummary> recent(TheodoiUser user, int limit) {
        access.requireReader(user);
        return batches.recent(user.getUsername(), PageRequest.of(0, limit));
    }

    private Map<Long, RecordSummary> visibleRecords(TheodoiUser user, Collection<Long> ids) {
        return records.visibleAmong(user, ids).stream().collect(Collectors.toMap(RecordSummary::id, Function.identity()));
    }

    /** A task's evidence without the words that named a record the reader may no longer see. */
    private static List<Evidence> withoutRecord(IngestProposal task, IngestBatch batch, Map<Long, RecordSummary> visible) {
        List<int[]> hiddenSpans = new ArrayList<>();
        batch.getMentions().stream().filter(m -> m.getKind() == MentionKind.RECORD
                && !visible.containsKey(Long.valueOf(m.getValue())))
                .forEach(m -> hiddenSpans.add(new int[] {m.getStart(), m.getEnd()}));
        return task.getEvidence().stream().filter(e -> hiddenSpans.stream()
                .noneMatch(h -> h[0] == e.getStart() && h[1] == e.getEnd())).toList();
    }

    private static List<Evidence> evidence(List<Reading.Span> spans) {
        return spans.stream().map(s -> new Evidence(s.start(), s.end())).toList();
    }

    private static List<TextSpan> spans(List<Evidence> evidence) {
        return evidence.stream().map(e -> new TextSpan(e.getStart(), e.getEnd())).toList();
    }
}
