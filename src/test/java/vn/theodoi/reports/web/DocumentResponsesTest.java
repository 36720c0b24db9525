package vn.theodoi.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import vn.theodoi.access.Clearance;
import vn.theodoi.reports.DocumentFormat;
import vn.theodoi.reports.GeneratedDocument;
import vn.theodoi.reports.ReviewDocuments;

/**
 * A review document downloaded under a Vietnamese name carries what every download carries (the shared
 * {@code DownloadResponses}): saved as that name in RFC 5987 form, never sniffed, sandboxed, never cached.
 */
class DocumentResponsesTest {

    @Test
    void aReportWithAVietnameseNameIsAnAttachmentNamedInUtf8NeitherSniffedNorCached() {
        byte[] content = "PK fictional docx".getBytes(StandardCharsets.US_ASCII);
        ReviewDocuments.Document document = new ReviewDocuments.Document(
                new GeneratedDocument("Báo cáo sơ kết 6 tháng.docx", DocumentFormat.DOCX, Clearance.SECRET, false),
                content);

        ResponseEntity<byte[]> response = DocumentResponses.attachment(document);

        HttpHeaders headers = response.getHeaders();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo(content);
        // á = C3 A1, ơ = C6 A1, ế = E1 BA BF, space = %20 (RFC 5987 percent-encodes UTF-8 bytes)
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%C6%A1%20k%E1%BA%BFt%206%20th%C3%A1ng.docx");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_LENGTH)).isEqualTo("17");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store, private");
    }
}
