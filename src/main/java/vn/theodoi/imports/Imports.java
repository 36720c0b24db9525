package vn.theodoi.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.imports.internal.ImportFacadeParts;
import vn.theodoi.organization.OrganizationView;

/**
 * Excel imports: the module's public face. An import belongs to the person who uploaded it: nobody else
 * reads its report (404). Only those who may create records and tasks import (403, audited).
 */
@Service
public class Imports {

    private final ImportFacadeParts parts;

    Imports(ImportFacadeParts parts) {
        this.parts = parts;
    }

    /** The organizations that send sheets: provincial steering committees and standing agencies, agencies. */
    public List<OrganizationView> senders() {
        return parts.senders();
    }

    /** Refuses (403, audited) a person whose role may not create records and tasks. */
    public void requireImporter(TheodoiUser user) {
        parts.requireImporter(user);
    }

    /** Keeps an upload on disk until its dry run (size-limited); returns a token naming it. */
    public String receive(TheodoiUser user, ImportKind kind, InputStream upload) {
        return parts.receive(user, kind, upload);
    }

    /** The header row of a kept upload; 400 when it is not a readable XLSX workbook. */
    public List<String> headers(String token) {
        return parts.headers(token);
    }

    /** The mapping proposed for these headers: the sender's saved one, completed by matching header names. */
    public ColumnMapping propose(ImportKind kind, String senderCode, List<String> headers) {
        return parts.propose(kind, senderCode, headers);
    }

    /** A saved mapping by id, checked to be of this kind. */
    public ColumnMapping savedMapping(Long mappingId, ImportKind kind) {
        return parts.savedMapping(mappingId, kind);
    }

    /** Judges every row of the kept upload (nothing written but the report), then deletes the upload. */
    public Long dryRun(TheodoiUser user, ImportKind kind, String senderCode, String fileName, String token,
            ColumnMapping mapping, boolean keepMapping) {
        return parts.dryRun(user, kind, senderCode, fileName, token, mapping, keepMapping);
    }

    /** Imports the accepted rows once, in one transaction; refused when done before or when a row no longer passes. */
    public void commit(TheodoiUser user, Long id) {
        parts.commit(user, id);
    }

    public ImportSummary summary(TheodoiUser user, Long id) {
        return parts.summary(user, id);
    }

    /** The report's rows, refused first, each group in sheet order; or only the rows of one outcome. */
    public Page<ImportRow> rows(TheodoiUser user, Long id, ImportOutcome only, Pageable pageable, Locale locale) {
        return parts.rows(user, id, only, pageable, locale);
    }

    public List<ImportSummary> recent(TheodoiUser user, int limit) {
        return parts.recent(user, limit);
    }

    /** Writes the whole report, as CSV or XLSX. */
    public void writeReport(TheodoiUser user, Long id, boolean csv, Locale locale, OutputStream out)
            throws IOException {
        parts.writeReport(user, id, csv, locale, out);
    }

    /** A sample sheet of fictional cases, to try the import on the demo. */
    public void writeSample(OutputStream out) throws IOException {
        parts.writeSample(out);
    }

    /** The upload size limit in bytes. */
    public long maxBytes() {
        return parts.maxBytes();
    }
}
