package vn.theodoi.exports.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;

import vn.theodoi.exports.PreparedFileStatus;
import vn.theodoi.exports.PreparedFileView;

/**
 * A job's state as the progress page's script and the API read it. {@code percent} is -1 while the
 * total is unknown; {@code failure} is in the reader's language; {@code file} is the download, once done.
 */
record ExportJson(UUID id, String kind, PreparedFileStatus status, long done, Long total, int percent,
        String failure, String failureCode, String fileName, Long sizeBytes, String sha256, Instant createdAt,
        Instant finishedAt, Instant expiresAt, String file) {

    static ExportJson of(PreparedFileView f, String fileBase, MessageSource messages, Locale locale) {
        return new ExportJson(f.id(), f.kind(), f.status(), f.done(), f.total(), f.percent(),
                f.failure() == null ? null : messages.getMessage(f.failure(), null, f.failure(), locale), f.failure(),
                f.fileName(), f.sizeBytes(), f.sha256(), f.createdAt(), f.finishedAt(), f.expiresAt(),
                f.status() == PreparedFileStatus.DONE ? fileBase + f.id() + "/file" : null);
    }
}
