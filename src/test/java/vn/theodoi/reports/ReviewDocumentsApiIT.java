package vn.theodoi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.ExportFiles;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;
import vn.theodoi.support.WebSession;

/**
 * The review documents over the API and the reports page: a reader whose scope holds a record
 * above their clearance is refused (403, audited); bad input is 400, an unknown session 404; a
 * leader downloads the review and the report since a session as DOCX and PDF, each audited.
 * The downloads need the reports' figures (FigureService), counted on another branch.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewDocumentsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    // A period around today that holds the records this test creates now.
    final LocalDate from = LocalDate.now().minusMonths(6);
    final LocalDate to = LocalDate.now().plusMonths(6);

    Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    @BeforeAll
    void aTopSecretRecordInTheSpecialistsDepartmentNamingNobody() {
        RecordFixtures.create(as("leader"), RecordFixtures.record("Hồ sơ báo cáo tuyệt mật " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "TOP_SECRET", List.of()));
    }

    private String review(String format) {
        return "/api/v1/reports/review?from=" + from + "&to=" + to + "&format=" + format;
    }

    private long audited(String action, String actor, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor = ? and outcome = ?"
                + " and target_type = 'REPORT'", Long.class, action, actor, outcome);
    }

    private HttpResponse<byte[]> download(Api api, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + api.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aReaderWhoseScopeHoldsARecordAboveTheirClearanceIsRefusedAndTheRefusalIsAudited() {
        long before = audited("REPORT_DENIED", "specialist", "DENIED");
        Api.Response refused = as("specialist").get(review("docx"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("status").asInt()).isEqualTo(403);
        assertThat(refused.body().get("detail").asString()).startsWith("Không thể tạo báo cáo");
        assertThat(refused.raw().body()).doesNotContain("Exception");
        assertThat(audited("REPORT_DENIED", "specialist", "DENIED")).isEqualTo(before + 1);

        Api.Response inEnglish = as("specialist").inLanguage("en").get(review("pdf"));
        assertThat(inEnglish.status()).isEqualTo(403);
        assertThat(inEnglish.body().get("detail").asString()).startsWith("The report cannot be generated");
    }

    @Test
    void thePageSaysWhyTheReportIsRefused() {
        Api.Response page = as("specialist").get("/reports/review?from=" + from + "&to=" + to + "&format=pdf");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.raw().body()).contains("id=\"report-problems\"", "Không thể tạo báo cáo");
    }

    @Test
    void badInputIsABadRequestWithProblemDetails() {
        Api leader = as("leader");
        for (String query : List.of("from=" + from + "&to=" + to + "&format=xlsx", "from=" + to + "&to=" + from
                + "&format=docx", "to=" + to + "&format=docx", "from=2026-13-01&to=" + to + "&format=pdf",
                "from=1990-01-01&to=1990-06-30&format=pdf")) {
            Api.Response bad = leader.get("/api/v1/reports/review?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(bad.body().get("errors")).as(query).isNotEmpty();
        }
        assertThat(leader.get("/api/v1/reports/since-session?number=0&format=pdf").status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/reports/since-session?number=27&format=odt").status()).isEqualTo(400);
    }

    @Test
    void anUnknownSessionIsNotFound() {
        Api.Response missing = as("leader").get("/api/v1/reports/since-session?number=99999&format=docx");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theLeaderDownloadsTheReviewAsWordMarkedTopSecretAndTheGenerationIsAudited() throws Exception {
        Api leader = as("leader");
        long before = audited("REPORT_GENERATED", "leader", "SUCCESS");
        HttpResponse<byte[]> docx = download(leader, review("docx"));

        assertThat(docx.statusCode()).as(new String(docx.body())).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("bao-cao-" + from + "-" + to + ".docx");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''bao-cao-" + from + "-" + to + ".docx");
        assertThat(docx.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(docx.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(docx.headers().firstValue("Cache-Control")).hasValue("no-store, private");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN NỘI CHÍNH", "Số",
                    "-BC/BNCTW", "Hà Nội, ngày", "TUYỆT MẬT");
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("BÁO CÁO", "khởi tố mới", "I. TÌNH HÌNH, KẾT QUẢ");
        }
        assertThat(audited("REPORT_GENERATED", "leader", "SUCCESS")).isEqualTo(before + 1);
        String details = jdbc.queryForObject("select details from audit_entry where action = 'REPORT_GENERATED'"
                + " and actor = 'leader' order by id desc limit 1", String.class);
        assertThat(details).contains("REVIEW", "DOCX", "TOP_SECRET", from.toString(), to.toString());
    }

    @Test
    void theLeaderDownloadsAnUnsignedPdfWhereNoKeystoreIsConfigured() throws Exception {
        HttpResponse<byte[]> pdf = download(as("leader"), review("pdf"));
        assertThat(pdf.statusCode()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getSignatureDictionaries()).isEmpty();
            assertThat(doc.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void theReportSinceASessionNamesTheSession() throws Exception {
        HttpResponse<byte[]> docx = download(as("leader"), "/api/v1/reports/since-session?number=27&format=docx");
        assertThat(docx.statusCode()).as(new String(docx.body())).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-tu-sau-phien-hop-27.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("từ sau Phiên họp thứ 27 đến nay", "I. KẾT QUẢ THỰC HIỆN KẾT LUẬN PHIÊN HỌP");
        }
    }

    @Test
    void thePagesButtonPreparesTheHalfYearsReviewInTheBackgroundAndTheFileWaitsInTheInbox() throws Exception {
        WebSession web = new WebSession(port).logIn("leader", IntegrationTest.DEMO_PASSWORD);
        assertThat(web.get("/reports").body()).contains("id=\"half-year-form\"");
        WebSession.Page started = web.post("/reports/review", Map.of("from", from.toString(), "to", to.toString(),
                "format", "pdf"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        assertThat(started.location()).contains("/exports/");
        String id = started.location().substring(started.location().lastIndexOf('/') + 1);

        WebSession.Page progress = web.get("/exports/" + id);
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body()).contains("id=\"export-progress\"", "Chuẩn bị tệp: Báo cáo")
                .doesNotContain("id=\"export-rows\"");
        JsonNode status = ExportFiles.waitUntilFinished(as("leader"), id, Duration.ofSeconds(120));
        assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("fileName").asString()).isEqualTo("bao-cao-" + from + "-" + to + ".pdf");

        HttpResponse<byte[]> pdf = ExportFiles.download(as("leader"), id);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("BÁO CÁO", "TUYỆT MẬT");
        }
        JsonNode inbox = as("leader").get("/api/v1/notifications?size=50").body();
        assertThat(inbox.get("content").findValuesAsString("link")).contains("/exports/" + id);
    }

    @Test
    void thePageRefusesAtOnceToPrepareAReportBeyondTheReadersClearance() {
        long before = audited("REPORT_DENIED", "specialist", "DENIED");
        WebSession web = new WebSession(port).logIn("specialist", IntegrationTest.DEMO_PASSWORD);
        web.get("/reports");
        WebSession.Page refused = web.post("/reports/review", Map.of("from", from.toString(), "to", to.toString(),
                "format", "docx"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"report-problems\"", "Không thể tạo báo cáo");
        assertThat(audited("REPORT_DENIED", "specialist", "DENIED")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from prepared_file where owner = 'specialist'"
                + " and kind = 'report'", Long.class)).isZero();
    }

    @Test
    void theReportsPageOffersEachReport() {
        Api.Response page = as("leader").get("/reports");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("id=\"half-year-docx\"", "id=\"year-pdf\"", "id=\"custom-form\"",
                "id=\"since-number\"", "Phiên họp thứ 27");
    }
}
