package vn.theodoi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.imports.ColumnMapping;
import vn.theodoi.imports.ImportField;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.imports.ImportStatus;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.NewRecord;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.InvalidParameterException;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.tasks.Tasks;

/**
 * The dry run and the commit of a sheet. The dry run streams the sheet a row at a time, judges the rows a
 * chunk at a time and writes each chunk's verdicts at once, so it holds one chunk, never the sheet. The commit
 * judges the accepted rows again from what the dry run kept and writes them through the records and tasks
 * facades, in one transaction: a row that no longer passes fails the whole commit.
 */
@Service
public class ImportRunning {

    /** Rows judged and written together. */
    static final int CHUNK = 500;
    static final String AUDIT_TARGET = "IMPORT";

    private final ImportStore store;
    private final RowJudge judge;
    private final Records records;
    private final Tasks tasks;
    private final Organizations organizations;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    ImportRunning(ImportStore store, RowJudge judge, Records records, Tasks tasks, Organizations organizations,
            AuditLog audit, EntityManager entityManager, MessageSource messages) {
        this.store = store;
        this.judge = judge;
        this.records = records;
        this.tasks = tasks;
        this.organizations = organizations;
        this.audit = audit;
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /** Only those who may create records and tasks import them; anyone else is refused and audited. */
    public void requireImporter(TheodoiUser user, ImportKind kind) {
        if (!Visibility.edits(user.roles())) {
            audit.recordEvent("IMPORT_DENIED", AUDIT_TARGET, null, AuditOutcome.DENIED, AuditDetails.of()
                    .kind("kind", kind).kinds("roles", user.roles()));
            throw new ForbiddenException("import.denied");
        }
    }

    /** The sending organization: a provincial steering committee or standing agency, or an agency. */
    public OrganizationView sender(String code) {
        return organizations.byCode(code == null ? "" : code.strip())
                .filter(o -> o.type() == OrganizationType.PROVINCIAL_STEERING_COMMITTEE
                        || o.type() == OrganizationType.PROVINCIAL_STANDING_AGENCY
                        || o.type() == OrganizationType.AGENCY)
                .orElseThrow(() -> new InvalidParameterException("sender", "import.sender.unknown"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ColumnMapping> savedMapping(String senderCode, ImportKind kind) {
        return store.mapping(senderCode, kind);
    }

    /**
     * Judges every row of the sheet and keeps the verdicts; writes no record or task. Returns the import's id.
     * The mapping is kept for the sender when {@code keepMapping}.
     */
    @Transactional
    public Long dryRun(TheodoiUser user, ImportKind kind, String senderCode, String fileName, Path file,
            ColumnMapping mapping, boolean keepMapping) {
        requireImporter(user, kind);
        OrganizationView sender = sender(senderCode);
        List<String> headers = SheetReader.headers(file);
        if (!mapping.missing(kind).isEmpty() || !mapping.foreign(kind).isEmpty()) {
            throw new DomainRuleViolation("import.mapping.incomplete", String.join(", ",
                    mapping.missing(kind).stream().map(f -> label(f)).toList()));
        }
        Map<Integer, ImportField> byColumn = new java.util.HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            ImportField field = headers.get(i) == null ? null : mapping.fieldOf(headers.get(i));
            if (field != null) {
                byColumn.put(i, field);
            }
        }
        for (ImportField field : ImportField.of(kind)) {
            if (field.required() && !byColumn.containsValue(field)) {
                throw new DomainRuleViolation("import.mapping.incomplete", label(field));
            }
        }
        Instant now = clock.instant();
        Long id = store.insertBatch(kind, sender.code(), safeName(fileName), sha256(file), mapping,
                user.getUsername(), now);
        List<RowJudge.Candidate> chunk = new ArrayList<>(CHUNK);
        SheetReader.read(file, new SheetReader.Rows() {
            @Override
            public void header(List<String> ignored) {
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                Map<ImportField, String> values = new EnumMap<>(ImportField.class);
                byColumn.forEach((column, field) -> {
                    if (column < cells.size() && cells.get(column) != null) {
                        values.put(field, cells.get(column));
                    }
                });
                chunk.add(new RowJudge.Candidate(rowNumber, values));
                if (chunk.size() == CHUNK) {
                    store.insertRows(id, judge.judge(user, kind, chunk));
                    chunk.clear();
                }
            }
        });
        if (!chunk.isEmpty()) {
            store.insertRows(id, judge.judge(user, kind, chunk));
        }
        store.refuseRepeats(id);
        store.count(id);
        if (keepMapping) {
            store.saveMapping(sender.code(), kind, mapping, user.getUsername(), now);
        }
        ImportStore.Batch batch = store.batch(id, user.getUsername()).orElseThrow();
        audit.recordChange("IMPORT_DRY_RUN", AUDIT_TARGET, id, AuditDetails.of().kind("kind", kind)
                .code("sender", sender.code()).count("rows", batch.rows()).count("create", batch.toCreate())
                .count("update", batch.toUpdate()).count("refused", batch.refused()));
        return id;
    }

    /**
     * Imports the rows the dry run accepted, once, in one transaction. A row that the data no longer lets through
     * (a record changed, a code taken since) fails the whole commit, naming the row and the reason.
     */
    @Transactional
    public void commit(TheodoiUser user, Long id) {
        ImportStore.Batch batch = store.batch(id, user.getUsername())
                .orElseThrow(() -> new NotFoundException("import", id));
        requireImporter(user, batch.kind());
        if (batch.status() == ImportStatus.COMMITTED || !store.markCommitted(id, clock.instant())) {
            throw new DomainRuleViolation("import.alreadyCommitted");
        }
        int created = 0;
        int updated = 0;
        int after = 0;
        while (true) {
            List<ImportStore.StoredRow> stored = store.rows(id, null, true, after, CHUNK);
            if (stored.isEmpty()) {
                break;
            }
            after = stored.get(stored.size() - 1).rowNumber();
            List<RowJudge.Candidate> candidates = stored.stream()
                    .map(r -> new RowJudge.Candidate(r.rowNumber(), r.data())).toList();
            List<RowJudge.Verdict> verdicts = judge.judge(user, batch.kind(), candidates);
            List<long[]> targets = new ArrayList<>();
            List<RowJudge.Verdict> opening = new ArrayList<>();
            for (int i = 0; i < verdicts.size(); i++) {
                RowJudge.Verdict now = verdicts.get(i);
                ImportStore.StoredRow then = stored.get(i);
                if (now.outcome() != then.outcome() || then.outcome() == ImportOutcome.UPDATE
                        && !then.targetId().equals(now.targetId())) {
                    throw new DomainRuleViolation("import.stale", then.rowNumber(), now.outcome() == ImportOutcome.REFUSED
                            ? ImportReasons.text(messages, now.reason(), now.arguments(),
                                    org.springframework.context.i18n.LocaleContextHolder.getLocale())
                            : messages.getMessage("import.outcome." + now.outcome(), null,
                                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
                }
                if (now.recordForm() != null && now.outcome() == ImportOutcome.CREATE) {
                    opening.add(now);
                    continue;
                }
                // the new records of the rows above first, so a refusal names the first row refused
                created += open(user, opening, targets);
                try {
                    Long target = apply(user, now);
                    if (now.outcome() == ImportOutcome.CREATE) {
                        created++;
                        targets.add(new long[] {now.rowNumber(), target});
                    } else {
                        updated++;
                    }
                } catch (DomainRuleViolation refused) {
                    throw stale(now.rowNumber(), refused);
                }
            }
            created += open(user, opening, targets);
            store.setTargets(id, targets);
            // what the facades loaded is written; forget it, so a long sheet does not fill the persistence context
            entityManager.flush();
            entityManager.clear();
        }
        audit.recordChange("IMPORT_COMMITTED", AUDIT_TARGET, id, AuditDetails.of().kind("kind", batch.kind())
                .code("sender", batch.senderCode()).count("created", created).count("updated", updated)
                .count("refused", batch.refused()));
    }

    /**
     * Opens the new records of the rows gathered (and forgets them) in one call of the records module, which
     * checks and audits each as its form would; a refusal names its row. Returns how many were opened.
     */
    private int open(TheodoiUser user, List<RowJudge.Verdict> rows, List<long[]> targets) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids;
        try {
            ids = records.createAll(user, rows.stream().map(row -> new NewRecord(row.recordForm(),
                    row.event() == null ? List.of() : List.of(row.event()))).toList());
        } catch (NewRecord.Refused refused) {
            throw stale(rows.get(refused.index()).rowNumber(), refused);
        }
        for (int i = 0; i < rows.size(); i++) {
            targets.add(new long[] {rows.get(i).rowNumber(), ids.get(i)});
        }
        int opened = rows.size();
        rows.clear();
        return opened;
    }

    /** The commit's refusal: the row, and why the module refused it, in the reader's language. */
    private DomainRuleViolation stale(int rowNumber, DomainRuleViolation refused) {
        return new DomainRuleViolation("import.stale", rowNumber, messages.getMessage(refused.messageKey(),
                refused.arguments(), refused.messageKey(), org.springframework.context.i18n.LocaleContextHolder
                        .getLocale()));
    }

    private Long apply(TheodoiUser user, RowJudge.Verdict row) {
        if (row.taskForm() != null) {
            return tasks.create(user, row.taskForm());
        }
        RecordForm form = row.recordForm();
        Long recordId = row.targetId();
        RecordView view = records.data(user, recordId);
        records.update(user, recordId, new RecordForm(view.kind(), view.code(), form.title(),
                form.summary() != null ? form.summary() : view.summary(), view.oversightLevel(), null, null,
                form.severity() != null ? form.severity() : view.severity(), view.classification(),
                view.owner().code(), view.department() == null ? null : view.department().code(),
                view.responsibleUsername(), RowJudge.with(view.provinceCodes(), form.provinceCodes().iterator()
                        .next()), RowJudge.with(view.agencies().stream().map(OrganizationView::code)
                        .collect(java.util.stream.Collectors.toSet()), form.agencyCodes().stream().findFirst()
                        .orElse(null)), view.crimeArticles(), view.readers(), view.version()));
        if (row.event() != null) {
            records.addEvent(user, recordId, row.event());
        }
        return recordId;
    }

    String label(ImportField field) {
        return messages.getMessage("import.field." + field.name(), null, field.name(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** The file name as shown: its last path segment, without control characters, at most 255 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (base.isEmpty()) {
            base = "import.xlsx";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = vn.theodoi.shared.Digests.sha256();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SheetReader.UnreadableSheet("import.file.unreadable", e);
        }
    }
}
