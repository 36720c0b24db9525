package vn.theodoi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.theodoi.shared.InvalidParameterException;

/**
 * Uploaded sheets wait on disk under {@code <data dir>/imports} (a random name, never the person's), from the
 * upload to the dry run that reads them; then they are deleted. One left behind is deleted after a day.
 */
@Component
class ImportFiles {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path folder;
    private final long maxBytes;

    ImportFiles(@Value("${theodoi.data-dir}") String dataDir,
            @Value("${theodoi.imports.max-size:20MB}") DataSize maxSize) {
        this.folder = Path.of(dataDir).resolve("imports");
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Copies the upload to disk, refusing it past the size limit without reading the rest; returns its token. */
    String keep(InputStream upload) {
        try {
            Files.createDirectories(folder);
            forgetOld();
            String token = UUID.randomUUID().toString();
            Path file = folder.resolve(token + ".xlsx");
            try (InputStream limited = upload; var out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                long total = 0;
                for (int n; (n = limited.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new InvalidParameterException("file", "import.file.tooLarge");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept file of a token, if it is still there. */
    Path kept(String token) {
        if (token == null || !TOKEN.matcher(token).matches() || !Files.exists(folder.resolve(token + ".xlsx"))) {
            throw new InvalidParameterException("token", "import.file.gone");
        }
        return folder.resolve(token + ".xlsx");
    }

    void discard(String token) {
        try {
            if (token != null && TOKEN.matcher(token).matches()) {
                Files.deleteIfExists(folder.resolve(token + ".xlsx"));
            }
        } catch (IOException ignored) {
            // a file left behind is deleted after a day
        }
    }

    private void forgetOld() throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (var files = Files.list(folder)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(dayAgo);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> f.toFile().delete());
        }
    }
}
