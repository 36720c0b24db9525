package vn.theodoi.reports.web;

import org.springframework.http.ResponseEntity;

import vn.theodoi.reports.ReviewDocuments;
import vn.theodoi.shared.web.DownloadResponses;

/** A generated document as a download ({@link DownloadResponses}: saved, its Vietnamese name kept, never cached). */
final class DocumentResponses {

    private DocumentResponses() {
    }

    static ResponseEntity<byte[]> attachment(ReviewDocuments.Document document) {
        byte[] content = document.content();
        return DownloadResponses.attachment(document.generated().fileName(), document.generated().format().contentType(),
                (long) content.length, null, content);
    }
}
