package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.theodoi.shared.DatabaseChunks;

/**
 * Bytes in the database ({@code attachment_chunk}), one row per megabyte: written and read a chunk
 * at a time ({@link DatabaseChunks}), so neither an upload nor a download holds more than a chunk in
 * memory, and the rows come and go with the transaction that writes the attachment. PostgreSQL in
 * production (its backups carry the files with the rows); H2 on the embedded default if chosen.
 */
@Component
class DatabaseStore implements AttachmentStore {

    static final String NAME = "DATABASE";

    private final DatabaseChunks chunks;

    DatabaseStore(JdbcTemplate jdbc) {
        this.chunks = new DatabaseChunks(jdbc, "attachment_chunk", "storage_key");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, Path received) throws IOException {
        try (InputStream in = Files.newInputStream(received)) {
            chunks.write(key, in);
        }
    }

    @Override
    public InputStream open(String key) {
        return chunks.open(key);
    }

    @Override
    public void remove(String key) {
        chunks.remove(key);
    }
}
