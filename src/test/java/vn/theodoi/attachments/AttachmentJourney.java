package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * The attachments journey on PostgreSQL through the API, as an integrating system calls it, run once
 * per store: a judgment attached to a record's event, downloaded byte for byte, audited; a reader
 * outside the record's clearance told nothing, and audited; a renamed program refused; a stale
 * removal refused; a removal that takes the bytes with it.
 */
abstract class AttachmentJourney {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    /** The store this run expects new files in: FILESYSTEM or DATABASE. */
    abstract String expectedStore();

    record Answer(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    String token(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD).token();
    }

    Answer send(HttpRequest.Builder request, String token) {
        try {
            HttpResponse<byte[]> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data upload of one file in the field "file", as curl -F sends it. */
    Answer upload(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "----theodoi" + Unique.suffix();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    Answer delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE(), token);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A PDF of {@code size} bytes: a real header and trailer around a comment that fills it. */
    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\ntrailer\n<< >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[size];
        System.arraycopy(head, 0, file, 0, head.length);
        for (int i = head.length; i < size - tail.length; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(tail, 0, file, size - tail.length, tail.length);
        return file;
    }

    @Test
    void aJudgmentIsAttachedDownloadedAuditedAndHiddenFromThoseWhoMayNotSeeItsRecord() throws Exception {
        String leader = token("leader");
        // confidential, in the department of specialist, who is not on its access list: out of their sight
        long record = RecordFixtures.create(new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD),
                RecordFixtures.record("Hồ sơ đính kèm " + Unique.suffix(), "BNCTW", "BNCTW-VAVV", List.of("VN-01"),
                        List.of("BCA-C03"), "CONFIDENTIAL", List.of())).get("id").asLong();
        long event = RecordFixtures.addEvent(new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD), record,
                Map.of("type", "CASE_INITIATED", "date", "2026-01-05")).get("events").get(0).get("id").asLong();

        // 2.5 MB: three chunks in the database store (1 MB, 1 MB, 0.5 MB)
        byte[] judgment = pdf(2_621_440);
        Answer created = upload("/api/v1/records/" + record + "/events/" + event + "/attachments", leader,
                "Bản án sơ thẩm.pdf", "application/pdf", judgment);
        assertThat(created.status()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/attachments/" + id);
        assertThat(created.json().get("fileName").asString()).isEqualTo("Bản án sơ thẩm.pdf");
        assertThat(created.json().get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(created.json().get("sizeBytes").asLong()).isEqualTo(2_621_440);
        assertThat(created.json().get("sha256").asString()).isEqualTo(sha256(judgment));

        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
        assertThat(jdbc.queryForObject("select storage from attachment where id = ?", String.class, id))
                .isEqualTo(expectedStore());
        Path file = Path.of("target/test-data/attachments", key.substring(0, 2), key.substring(2, 4), key);
        if (expectedStore().equals("DATABASE")) {
            assertThat(count("select count(*) from attachment_chunk where storage_key = ?", key)).isEqualTo(3);
            assertThat(file).doesNotExist();
        } else {
            assertThat(count("select count(*) from attachment_chunk where storage_key = ?", key)).isZero();
            assertThat(file).exists();
        }

        Answer listed = get("/api/v1/records/" + record + "/events/" + event + "/attachments", leader);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("id").asLong()).isEqualTo(id);

        Answer download = get("/api/v1/attachments/" + id, leader);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(judgment);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .contains("filename*=UTF-8''B%E1%BA%A3n%20%C3%A1n%20s%C6%A1%20th%E1%BA%A9m.pdf");
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_ADDED' and target_id = ?"
                + " and actor = 'leader' and outcome = 'SUCCESS'", String.valueOf(id))).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_DOWNLOADED' and target_id = ?"
                + " and actor = 'leader' and outcome = 'SUCCESS'", String.valueOf(id))).isEqualTo(1);

        String specialist = token("specialist");
        assertThat(get("/api/v1/attachments/" + id, specialist).status()).isEqualTo(404);
        assertThat(get("/api/v1/records/" + record + "/events/" + event + "/attachments", specialist).status())
                .isEqualTo(404);
        assertThat(upload("/api/v1/attachments/RECORD_EVENT/" + event, specialist, "x.pdf", "application/pdf",
                pdf(100)).status()).isEqualTo(404);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_ACCESS_DENIED' and target_id = ?"
                + " and actor = 'specialist' and outcome = 'DENIED'", String.valueOf(id))).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_UPLOAD_DENIED'"
                + " and target_type = 'RECORD_EVENT' and target_id = ? and actor = 'specialist' and outcome = 'DENIED'",
                String.valueOf(event))).isEqualTo(1);
        assertThat(count("select count(*) from attachment where owner_kind = 'RECORD_EVENT' and owner_id = ?", event))
                .isEqualTo(1);
    }

    @Test
    void aFileWhoseContentIsNotItsTypeIsRefusedAndAStaleRemovalIsAConflict() throws Exception {
        String leader = token("leader");
        Api api = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        long record = RecordFixtures.create(api, RecordFixtures.record("Hồ sơ tệp " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        long event = RecordFixtures.addEvent(api, record, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"))
                .get("events").get(0).get("id").asLong();
        String path = "/api/v1/records/" + record + "/events/" + event + "/attachments";

        byte[] program = "MZ\u0090\u0000This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        Answer refused = upload(path, leader, "quyet-dinh.pdf", "application/pdf", program);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("attachment.type.mismatch");
        Answer notDocx = upload(path, leader, "ket-luan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(notDocx.status()).isEqualTo(422);
        assertThat(upload(path, leader, "trang.html", "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8))
                .json().get("code").asString()).isEqualTo("attachment.type.unsupported");
        assertThat(count("select count(*) from attachment where owner_kind = 'RECORD_EVENT' and owner_id = ?", event))
                .isZero();
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_REFUSED'"
                + " and target_type = 'RECORD_EVENT' and target_id = ?", String.valueOf(event))).isEqualTo(3);

        long otherRecord = RecordFixtures.create(api, RecordFixtures.record("Hồ sơ khác " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of())).get("id").asLong();
        assertThat(upload("/api/v1/records/" + otherRecord + "/events/" + event + "/attachments", leader, "a.pdf",
                "application/pdf", pdf(200)).status()).as("an event of another record").isEqualTo(404);

        Answer created = upload(path, leader, "a.pdf", "application/pdf", pdf(200));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
        assertThat(delete("/api/v1/attachments/" + id + "?version=3", leader).status()).isEqualTo(409);
        assertThat(delete("/api/v1/attachments/" + id + "?version=0", leader).status()).isEqualTo(204);
        assertThat(get("/api/v1/attachments/" + id, leader).status()).isEqualTo(404);
        assertThat(count("select count(*) from attachment_chunk where storage_key = ?", key)).isZero();
        assertThat(Path.of("target/test-data/attachments", key.substring(0, 2), key.substring(2, 4), key))
                .doesNotExist();
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_DELETED' and target_id = ?",
                String.valueOf(id))).isEqualTo(1);
    }

    /**
     * The text of a Word file is searchable on PostgreSQL (the trigram-indexed key): the uploader finds it by a
     * phrase typed without diacritics; a reader outside the record's clearance finds nothing and counts nothing.
     */
    @Test
    void aWordFileIsFoundByItsWordsOnlyByThoseWhoMaySeeItsRecord() throws Exception {
        String leader = token("leader");
        Api api = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        long record = RecordFixtures.create(api, RecordFixtures.record("Hồ sơ tìm tệp " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "CONFIDENTIAL", List.of())).get("id").asLong();
        long event = RecordFixtures.addEvent(api, record, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"))
                .get("events").get(0).get("id").asLong();
        String word = Unique.suffix();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Biên bản xác minh tại Hợp tác xã Lâm Viên Hòa Khánh " + word + ".");
            doc.write(docx);
        }
        assertThat(upload("/api/v1/records/" + record + "/events/" + event + "/attachments", leader,
                "Biên bản xác minh.docx", "application/octet-stream", docx.toByteArray()).status()).isEqualTo(201);

        JsonNode found = get("/api/v1/search?q=lam+vien+hoa+khanh+" + word, leader).json();
        assertThat(found.get("counts").get("ATTACHMENT").asLong()).isEqualTo(1);
        JsonNode hit = found.get("results").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("ATTACHMENT");
        assertThat(hit.get("title").asString()).isEqualTo("Biên bản xác minh.docx");
        assertThat(hit.get("url").asString()).isEqualTo("/records/" + record + "?tab=procedure#tab-procedure");
        assertThat(hit.get("snippet").asString()).contains("Lâm Viên Hòa Khánh " + word);

        JsonNode hidden = get("/api/v1/search?q=lam+vien+hoa+khanh+" + word, token("specialist")).json();
        assertThat(hidden.get("results")).isEmpty();
        assertThat(hidden.get("counts").has("ATTACHMENT")).isFalse();
    }
}
