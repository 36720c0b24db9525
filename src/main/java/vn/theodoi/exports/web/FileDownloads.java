package vn.theodoi.exports.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.theodoi.exports.PreparedFileDownload;
import vn.theodoi.exports.PreparedFileView;

/**
 * A prepared file as the browser must take it: saved, never shown inline; its name in RFC 5987 form
 * ({@code filename*=UTF-8''...}) so Vietnamese names survive; no sniffing; not kept by shared caches.
 */
final class FileDownloads {

    private FileDownloads() {
    }

    static ResponseEntity<Resource> of(PreparedFileDownload download) {
        PreparedFileView file = download.file();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.setETag("\"" + file.sha256() + "\"");
        return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes()).body(new InputStreamResource(download.content()));
    }
}
