package vn.theodoi.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bytes in the database ({@code attachment_chunk}), one row per megabyte: written and read a chunk
 * at a time, so neither an upload nor a download holds more than a chunk in memory, and the rows
 * come and go with the transaction that writes the attachment. PostgreSQL in production (its
 * backups carry the files with the rows); H2 on the embedded default if chosen.
 */
@Component
class DatabaseStore implements AttachmentStore {

    static final String NAME = "DATABASE";
    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, Path received) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(received)) {
            int seq = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                byte[] data = n == CHUNK ? buffer : Arrays.copyOf(buffer, n);
                jdbc.update("insert into attachment_chunk (storage_key, seq, data) values (?, ?, ?)", key, seq++, data);
            }
        }
    }

    @Override
    public InputStream open(String key) {
        return new ChunkStream(key);
    }

    @Override
    public void remove(String key) {
        jdbc.update("delete from attachment_chunk where storage_key = ?", key);
    }

    /** Reads chunk after chunk, each in its own short query, as the reader asks for bytes. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private int next;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean done;

        ChunkStream(String key) {
            this.key = key;
        }

        private boolean fill() {
            while (!done && position >= chunk.length) {
                List<byte[]> rows = jdbc.query("select data from attachment_chunk where storage_key = ? and seq = ?",
                        (rs, i) -> rs.getBytes(1), key, next);
                if (rows.isEmpty()) {
                    done = true;
                } else {
                    chunk = rows.get(0);
                    position = 0;
                    next++;
                }
            }
            return !done || position < chunk.length;
        }

        @Override
        public int read() {
            return fill() ? chunk[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, into, offset, n);
            position += n;
            return n;
        }
    }
}
