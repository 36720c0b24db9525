package vn.theodoi.attachments.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

import vn.theodoi.attachments.AttachmentDownload;
import vn.theodoi.attachments.AttachmentView;
import vn.theodoi.shared.web.DownloadResponses;

/** An attachment as a download ({@link DownloadResponses}: saved, its Vietnamese name kept, never cached). */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<Resource> of(AttachmentDownload download) {
        AttachmentView file = download.attachment();
        try {
            return DownloadResponses.attachment(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(),
                    new InputStreamResource(download.content().open()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
