package vn.theodoi.imports;

import java.time.Instant;

/** A sheet's import as its report's head shows it. */
public record ImportSummary(Long id, ImportKind kind, String senderCode, String senderName, String fileName,
        ImportStatus status, String createdBy, Instant createdAt, Instant committedAt, int rows, int toCreate,
        int toUpdate, int refused, ColumnMapping mapping) {

    public int accepted() {
        return toCreate + toUpdate;
    }
}
