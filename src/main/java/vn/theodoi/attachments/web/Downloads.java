package vn.theodoi.attachments.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.theodoi.attachments.AttachmentDownload;
import vn.theodoi.attachments.AttachmentView;

/**
 * A download as the browser must take it: always "save as" (never shown inline), the name in
 * RFC 5987 form ({@code filename*=UTF-8''...}) so Vietnamese names survive, the checked type with
 * no sniffing, not cached by shared caches.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<Resource> of(AttachmentDownload download) {
        AttachmentView file = download.attachment();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.setETag("\"" + file.sha256() + "\"");
        try {
            return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(file.mediaType()))
                    .contentLength(file.sizeBytes()).body(new InputStreamResource(download.content().open()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
