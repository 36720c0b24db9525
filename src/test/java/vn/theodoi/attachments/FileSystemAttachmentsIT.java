package vn.theodoi.attachments;

import vn.theodoi.support.IntegrationTest;

/** The attachments journey with the default store: files under the data directory. */
@IntegrationTest
class FileSystemAttachmentsIT extends AttachmentJourney {

    @Override
    String expectedStore() {
        return "FILESYSTEM";
    }
}
