package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import vn.theodoi.shared.Digests;
import vn.theodoi.shared.DomainRuleViolation;

/**
 * Receives an upload into a temporary file, a buffer at a time: its size (refused past the limit,
 * without reading the rest) and its SHA-256 on the way. Nothing is held in memory but the buffer.
 */
public final class Intake {

    static final int BUFFER = 64 * 1024;

    /** A received file: where it waits, how big it is, its digest. The caller deletes it when done. */
    public record Received(Path file, long size, String sha256) {
    }

    private Intake() {
    }

    public static Received receive(InputStream content, Path folder, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "upload-", ".part");
        boolean kept = false;
        try {
            MessageDigest digest = Digests.sha256();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new DomainRuleViolation("attachment.tooLarge", maxBytes / (1024 * 1024));
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new DomainRuleViolation("attachment.empty");
            }
            kept = true;
            return new Received(file, size, HexFormat.of().formatHex(digest.digest()));
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }
}
