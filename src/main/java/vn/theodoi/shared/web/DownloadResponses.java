package vn.theodoi.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file as the browser must take it, whoever serves it (an attachment, a prepared export, a generated
 * report): always saved, never shown inline; its name in RFC 6266 / RFC 5987 form
 * ({@code filename*=UTF-8''...}, beside an ASCII {@code filename}) so Vietnamese names survive; the
 * checked type with no sniffing; sandboxed by a Content-Security-Policy should it be opened anyway; kept
 * by no cache, shared or not ({@code private, no-store}).
 */
public final class DownloadResponses {

    /** Where nothing is to be run or fetched: a file opened by mistake in the application's origin. */
    static final String SANDBOX = "default-src 'none'; sandbox";

    private DownloadResponses() {
    }

    /**
     * The 200 response carrying {@code body}; {@code sizeBytes} (the Content-Length) and {@code sha256} (a strong
     * ETag) may be null where they are not known.
     */
    public static <T> ResponseEntity<T> attachment(String fileName, String contentType, Long sizeBytes, String sha256,
            T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                .build());
        headers.setContentType(MediaType.parseMediaType(contentType));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", SANDBOX);
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        if (sizeBytes != null) {
            headers.setContentLength(sizeBytes);
        }
        if (sha256 != null) {
            headers.setETag("\"" + sha256 + "\"");
        }
        return ResponseEntity.ok().headers(headers).body(body);
    }
}
