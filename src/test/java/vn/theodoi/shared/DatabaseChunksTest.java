package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The chunk store both the attachments' database store and the prepared files use, on an in-memory H2
 * table of the prepared files' shape (a uuid key): bytes over a megabyte come back whole, in two rows.
 */
class DatabaseChunksTest {

    JdbcTemplate jdbc;
    DatabaseChunks chunks;

    @BeforeEach
    void aChunkTable() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:chunks-" + UUID.randomUUID(), true));
        jdbc.execute("create table some_chunk (file_id uuid not null, seq integer not null, data varbinary not null,"
                + " primary key (file_id, seq))");
        chunks = new DatabaseChunks(jdbc, "some_chunk", "file_id");
    }

    @Test
    void aMegabyteAndAHundredBytesAreWrittenInTwoRowsAndReadBackWhole() throws Exception {
        byte[] bytes = new byte[1024 * 1024 + 100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        UUID id = UUID.randomUUID();

        assertThat(chunks.write(id, new ByteArrayInputStream(bytes))).isEqualTo(1_048_676L);

        assertThat(jdbc.queryForList("select length(data) from some_chunk where file_id = ? order by seq", Long.class,
                id)).containsExactly(1_048_576L, 100L);
        try (InputStream in = chunks.open(id)) {
            assertThat(in.read()).isEqualTo(bytes[0] & 0xFF);
            byte[] rest = in.readAllBytes();
            assertThat(rest.length).isEqualTo(bytes.length - 1);
            assertThat(rest[rest.length - 1]).isEqualTo(bytes[bytes.length - 1]);
            assertThat(java.util.Arrays.equals(rest, 0, rest.length, bytes, 1, bytes.length)).isTrue();
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void removedOrNeverWrittenBytesReadAsAnEmptyStream() throws Exception {
        UUID id = UUID.randomUUID();
        chunks.write(id, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        chunks.remove(id);

        assertThat(jdbc.queryForObject("select count(*) from some_chunk", Long.class)).isZero();
        try (InputStream in = chunks.open(id)) {
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(chunks.open(UUID.randomUUID()).readAllBytes()).isEmpty();
    }
}
