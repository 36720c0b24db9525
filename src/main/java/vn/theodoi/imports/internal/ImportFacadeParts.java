package vn.theodoi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.imports.ColumnMapping;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.imports.ImportRow;
import vn.theodoi.imports.ImportSummary;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.records.Records;
import vn.theodoi.shared.InvalidParameterException;
import vn.theodoi.shared.NotFoundException;

/** What the facade names: reading the reports, the uploads and the files, around {@link ImportRunning}. */
@Service
public class ImportFacadeParts {

    private final ImportRunning running;
    private final ImportStore store;
    private final ImportFiles files;
    private final ReportFiles reports;
    private final Organizations organizations;
    private final Records records;
    private final MessageSource messages;

    ImportFacadeParts(ImportRunning running, ImportStore store, ImportFiles files, ReportFiles reports,
            Organizations organizations, Records records, MessageSource messages) {
        this.running = running;
        this.store = store;
        this.files = files;
        this.reports = reports;
        this.organizations = organizations;
        this.records = records;
        this.messages = messages;
    }

    public List<OrganizationView> senders() {
        return organizations.all().stream().filter(o -> o.active() && (o.type()
                == OrganizationType.PROVINCIAL_STEERING_COMMITTEE || o.type() == OrganizationType.AGENCY))
                .toList();
    }

    public void requireImporter(TheodoiUser user) {
        running.requireImporter(user, null);
    }

    public String receive(TheodoiUser user, ImportKind kind, InputStream upload) {
        running.requireImporter(user, kind);
        return files.keep(upload);
    }

    public List<String> headers(String token) {
        try {
            return SheetReader.headers(files.kept(token));
        } catch (SheetReader.UnreadableSheet unreadable) {
            files.discard(token);
            throw new InvalidParameterException("file", unreadable.messageKey());
        }
    }

    @Transactional(readOnly = true)
    public ColumnMapping propose(ImportKind kind, String senderCode, List<String> headers) {
        return ColumnMapping.propose(kind, headers, store.mapping(running.sender(senderCode).code(), kind)
                .orElse(null));
    }

    @Transactional(readOnly = true)
    public ColumnMapping savedMapping(Long mappingId, ImportKind kind) {
        Object[] saved = store.mappingById(mappingId)
                .orElseThrow(() -> new InvalidParameterException("mappingId", "import.mapping.unknown"));
        if (saved[1] != kind) {
            throw new InvalidParameterException("mappingId", "import.mapping.otherKind");
        }
        return (ColumnMapping) saved[2];
    }

    public Long dryRun(TheodoiUser user, ImportKind kind, String senderCode, String fileName, String token,
            ColumnMapping mapping, boolean keepMapping) {
        try {
            return running.dryRun(user, kind, senderCode, fileName, files.kept(token), mapping, keepMapping);
        } catch (SheetReader.UnreadableSheet unreadable) {
            throw new InvalidParameterException("file", unreadable.messageKey());
        } finally {
            files.discard(token);
        }
    }

    public void commit(TheodoiUser user, Long id) {
        running.commit(user, id);
    }

    @Transactional(readOnly = true)
    public ImportSummary summary(TheodoiUser user, Long id) {
        return view(batch(user, id));
    }

    @Transactional(readOnly = true)
    public Page<ImportRow> rows(TheodoiUser user, Long id, ImportOutcome only, Pageable pageable, Locale locale) {
        ImportStore.Batch batch = batch(user, id);
        long total = only == null ? batch.rows() : only == ImportOutcome.REFUSED ? batch.refused()
                : only == ImportOutcome.CREATE ? batch.toCreate() : batch.toUpdate();
        List<ImportRow> rows = store.page(id, only, (int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(r -> new ImportRow(r.rowNumber(), r.outcome(), r.reason(), r.outcome() == ImportOutcome.REFUSED
                        ? ImportReasons.text(messages, r.reason(), r.arguments(), locale) : null, r.code(), r.title(),
                        r.targetId()))
                .toList();
        return new PageImpl<>(rows, pageable, total);
    }

    @Transactional(readOnly = true)
    public List<ImportSummary> recent(TheodoiUser user, int limit) {
        return store.recent(user.getUsername(), limit).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public void writeReport(TheodoiUser user, Long id, boolean csv, Locale locale, OutputStream out)
            throws IOException {
        batch(user, id);
        reports.write(id, csv, locale, out);
    }

    public void writeSample(OutputStream out) throws IOException {
        ReportFiles.sample(records.today(), out);
    }

    public long maxBytes() {
        return files.maxBytes();
    }

    private ImportStore.Batch batch(TheodoiUser user, Long id) {
        return store.batch(id, user.getUsername()).orElseThrow(() -> new NotFoundException("import", id));
    }

    private ImportSummary view(ImportStore.Batch b) {
        String senderName = organizations.byCode(b.senderCode()).map(OrganizationView::name).orElse(b.senderCode());
        return new ImportSummary(b.id(), b.kind(), b.senderCode(), senderName, b.fileName(), b.status(),
                b.createdBy(), b.createdAt(), b.committedAt(), b.rows(), b.toCreate(), b.toUpdate(), b.refused(),
                b.mapping());
    }
}
