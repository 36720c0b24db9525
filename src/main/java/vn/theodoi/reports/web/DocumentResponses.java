package vn.theodoi.reports.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.theodoi.reports.ReviewDocuments;

/** A generated document as a download: attachment, its content type, never sniffed, never cached. */
final class DocumentResponses {

    private DocumentResponses() {
    }

    static ResponseEntity<byte[]> attachment(ReviewDocuments.Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.generated().format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.generated().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
