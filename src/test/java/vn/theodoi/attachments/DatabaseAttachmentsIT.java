package vn.theodoi.attachments;

import org.springframework.test.context.TestPropertySource;

import vn.theodoi.support.IntegrationTest;

/** The attachments journey with the production profile's store: the bytes in PostgreSQL, a megabyte a row. */
@IntegrationTest
@TestPropertySource(properties = "theodoi.attachments.store=database")
class DatabaseAttachmentsIT extends AttachmentJourney {

    @Override
    String expectedStore() {
        return "DATABASE";
    }
}
