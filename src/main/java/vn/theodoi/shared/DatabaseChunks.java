package vn.theodoi.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file's bytes in a table of one-megabyte chunks ({@code key column, seq, data}), written and read a
 * chunk at a time, so that neither writing nor reading holds more than a chunk in memory. Each module
 * keeps its own table (its key is its own: a storage key, a job's id); this is the code they share. The
 * rows come and go with the caller's transaction.
 */
public final class DatabaseChunks {

    public static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final String insert;
    private final String select;
    private final String delete;

    /** {@code table} and {@code keyColumn} are the caller's constants, never input. */
    public DatabaseChunks(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.insert = "insert into " + table + " (" + keyColumn + ", seq, data) values (?, ?, ?)";
        this.select = "select data from " + table + " where " + keyColumn + " = ? and seq = ?";
        this.delete = "delete from " + table + " where " + keyColumn + " = ?";
    }

    /** Writes everything {@code in} gives under {@code key}, chunk 0 first; the number of bytes written. */
    public long write(Object key, InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long size = 0;
        int seq = 0;
        int n;
        while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
            jdbc.update(insert, key, seq++, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
            size += n;
        }
        return size;
    }

    /** The bytes under {@code key}, a chunk per query as the reader asks for them; empty where there are none. */
    public InputStream open(Object key) {
        return new ChunkStream(key);
    }

    public void remove(Object key) {
        jdbc.update(delete, key);
    }

    /** Reads chunk after chunk, each in its own short query. */
    private final class ChunkStream extends InputStream {

        private final Object key;
        private int next;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean done;

        ChunkStream(Object key) {
            this.key = key;
        }

        private boolean fill() {
            while (!done && position >= chunk.length) {
                List<byte[]> rows = jdbc.query(select, (rs, i) -> rs.getBytes(1), key, next);
                if (rows.isEmpty()) {
                    done = true;
                } else {
                    chunk = rows.get(0);
                    position = 0;
                    next++;
                }
            }
            return position < chunk.length;
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
