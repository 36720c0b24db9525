package vn.theodoi.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.theodoi.shared.DomainRuleViolation;

/** An upload is received a buffer at a time, measured and digested, and refused past the limit or when empty. */
class IntakeTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsReceivedWithItsSizeAndDigest() throws IOException {
        Intake.Received received = Intake.receive(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)),
                folder, 3);
        assertThat(received.size()).isEqualTo(3);
        // SHA-256 of "abc", FIPS 180-2 appendix B.1
        assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Files.readString(received.file())).isEqualTo("abc");
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsLeftBehind() throws IOException {
        // 200,000 bytes: more than three buffers, so the limit is met in the middle of the stream
        assertThat(Intake.receive(new ByteArrayInputStream(new byte[200_000]), folder, 200_000).size())
                .isEqualTo(200_000);
        try (var leftovers = Files.list(folder)) {
            leftovers.forEach(f -> f.toFile().delete());
        }
        assertThatThrownBy(() -> Intake.receive(new ByteArrayInputStream(new byte[200_001]), folder, 200_000))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey()).isEqualTo("attachment.tooLarge");
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void aTooLargeStreamIsNotReadToItsEnd() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> Intake.receive(endless, folder, 100_000)).isInstanceOf(DomainRuleViolation.class);
        assertThat(read[0]).isLessThanOrEqualTo(100_000 + Intake.BUFFER);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> Intake.receive(new ByteArrayInputStream(new byte[0]), folder, 10))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).messageKey()).isEqualTo("attachment.empty");
    }
}
