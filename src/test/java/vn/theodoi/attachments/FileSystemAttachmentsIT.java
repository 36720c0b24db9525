package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.theodoi.support.IntegrationTest;

/** The attachments journey with the default store: files under the data directory. */
@IntegrationTest
class FileSystemAttachmentsIT extends AttachmentJourney {

    @Override
    String expectedStore() {
        return "FILESYSTEM";
    }

    /** 50 MB is accepted, a byte more is refused by the application with its reason (the multipart limit is above it). */
    @Test
    void fiftyMegabytesAreAcceptedAndOneByteMoreIsRefusedWithTheReason() {
        String leader = token("leader");
        long task = count("select min(id) from task where classification = 'UNCLASSIFIED' and completed_on is null");
        Answer fits = upload("/api/v1/tasks/" + task + "/attachments", leader, "lon.pdf", "application/pdf",
                pdf(52_428_800));
        assertThat(fits.status()).isEqualTo(201);
        assertThat(fits.json().get("sizeBytes").asLong()).isEqualTo(52_428_800);
        Answer tooLarge = upload("/api/v1/tasks/" + task + "/attachments", leader, "lon.pdf", "application/pdf",
                pdf(52_428_801));
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("attachment.tooLarge");
        assertThat(tooLarge.json().get("detail").asString()).contains("50 MB");
    }
}
