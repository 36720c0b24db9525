package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/**
 * The one search finds attachments by the words of their text: a Word file and a PDF uploaded to a record's event
 * through the API are found by a phrase of them typed without diacritics, titled by their file name, leading to
 * the record's page, the phrase marked in the snippet; a file on a record a reader may not see is in none of that
 * reader's results or counts, and showing it to one who may is audited as showing a classified item. The demo decisions are found by their words too.
 */
@EmbeddedTest
class AttachmentSearchWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    JsonNode search(String who, String q) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/search").param("q", q).with(user(as(who))))
                .andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(raw).isEqualTo(200);
        return JSON.readTree(raw);
    }

    /** A record created by the leader with its case initiated: the id of the record and of that event. */
    long[] recordWithEvent(String title, String classification, List<String> readers, String province)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", title);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", classification);
        body.put("ownerOrganizationCode", "BNCTW");
        body.put("ownerDepartmentCode", "BNCTW-VAVV");
        body.put("provinceCodes", List.of(province));
        body.put("agencyCodes", List.of("BCA-C03"));
        body.put("readers", readers);
        body.put("crimeArticles", List.of("222"));
        MvcResult created = mvc.perform(MockMvcRequestBuilders.post("/api/v1/records").with(user(as("leader")))
                .contentType("application/json").content(JSON.writeValueAsString(body))).andReturn();
        String raw = created.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(created.getResponse().getStatus()).as(raw).isEqualTo(201);
        long record = JSON.readTree(raw).get("id").asLong();
        MvcResult event = mvc.perform(MockMvcRequestBuilders.post("/api/v1/records/" + record + "/events")
                .with(user(as("leader"))).contentType("application/json")
                .content("{\"type\":\"CASE_INITIATED\",\"date\":\"2024-01-02\"}")).andReturn();
        assertThat(event.getResponse().getStatus()).as(event.getResponse().getContentAsString()).isEqualTo(201);
        Long eventId = jdbc.queryForObject("select max(id) from record_event where record_id = ?", Long.class, record);
        return new long[] {record, eventId};
    }

    void upload(long event, String fileName, String mediaType, byte[] bytes) throws Exception {
        MvcResult stored = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/attachments/RECORD_EVENT/" + event)
                .file(new MockMultipartFile("file", fileName, mediaType, bytes)).with(user(as("leader")))).andReturn();
        assertThat(stored.getResponse().getStatus()).as(stored.getResponse().getContentAsString()).isEqualTo(201);
    }

    static byte[] docx(String... paragraphs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(bytes);
        }
        return bytes.toByteArray();
    }

    static byte[] pdf(String... lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf,
                    Path.of("src/main/resources/fonts/liberation-serif/LiberationSerif-Regular.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            pdf.save(bytes);
        }
        return bytes.toByteArray();
    }

    static List<JsonNode> attachments(JsonNode answer) {
        List<JsonNode> found = new ArrayList<>();
        answer.get("results").forEach(r -> {
            if (r.get("kind").asString().equals("ATTACHMENT")) {
                found.add(r);
            }
        });
        return found;
    }

    static List<String> marked(JsonNode hit, String field) {
        String text = hit.get(field).asString();
        List<String> marked = new ArrayList<>();
        hit.get("highlights").forEach(h -> {
            if (h.get("field").asString().equals(field)) {
                marked.add(text.substring(h.get("start").asInt(), h.get("end").asInt()));
            }
        });
        return marked;
    }

    @Test
    void aWordFileAndAPdfAreFoundByAPhraseOfTheirTextOnTheRecordsPage() throws Exception {
        long[] ids = recordWithEvent("Vụ án sai phạm tại Ban Quản lý dự án Kênh Đào Phú Lương", "UNCLASSIFIED",
                List.of(), "VN-01");
        upload(ids[1], "Biên bản làm việc.docx", "application/octet-stream",
                docx("BIÊN BẢN LÀM VIỆC", "Đoàn công tác làm việc với Công ty Xuân Khoa Nguyệt Quế về hồ sơ thầu."));
        upload(ids[1], "Kết luận giám định.pdf", "application/pdf",
                pdf("KẾT LUẬN GIÁM ĐỊNH", "Số liệu do Công ty Xuân Khoa Nguyệt Quế cung cấp là không đúng."));

        JsonNode answer = search("leader", "xuan khoa nguyet que");
        List<JsonNode> found = attachments(answer);
        assertThat(found).extracting(h -> h.get("title").asString())
                .containsExactlyInAnyOrder("Biên bản làm việc.docx", "Kết luận giám định.pdf");
        assertThat(answer.get("counts").get("ATTACHMENT").asLong()).isEqualTo(2);
        for (JsonNode hit : found) {
            assertThat(hit.get("url").asString()).isEqualTo("/records/" + ids[0] + "?tab=procedure#tab-procedure");
            assertThat(hit.get("code").isNull()).isTrue();
            assertThat(hit.get("snippet").asString()).contains("Công ty Xuân Khoa Nguyệt Quế");
            assertThat(marked(hit, "snippet")).containsExactly("Xuân", "Khoa", "Nguyệt", "Quế");
        }
        // the text kept for the snippets is the Word file's own, NFC
        assertThat(jdbc.queryForObject("select content_text from attachment where file_name = ?", String.class,
                "Biên bản làm việc.docx"))
                .isEqualTo("BIÊN BẢN LÀM VIỆC\nĐoàn công tác làm việc với Công ty Xuân Khoa Nguyệt Quế về hồ sơ thầu.");
        String page = mvc.perform(MockMvcRequestBuilders.get("/search").param("q", "xuan khoa nguyet que")
                .with(user(as("leader")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"search-group-ATTACHMENT\"").contains("Biên bản làm việc.docx")
                .contains("<mark>Nguyệt</mark>");
        // whole words only: "khoa" is a word of them, "kho" is not
        assertThat(attachments(search("leader", "xuan kho nguyet que"))).isEmpty();
    }

    @Test
    void aFileOnARecordAReaderMayNotSeeIsInNoneOfTheirResultsOrCounts() throws Exception {
        // TOP SECRET, read by its access list only: the leader
        long[] secret = recordWithEvent("Vụ án tuyệt mật tại Tổng công ty Thác Bạc Sơn Trà", "TOP_SECRET",
                List.of("leader"), "VN-48");
        upload(secret[1], "Báo cáo mật.pdf", "application/pdf",
                pdf("Ông Trịnh Vọng Khê Nhạn nhận tiền của nhà thầu."));
        upload(secret[1], "Tờ trình mật.docx", "application/octet-stream",
                docx("Đề nghị khởi tố ông Trịnh Vọng Khê Nhạn."));

        Integer auditedBefore = jdbc.queryForObject("select count(*) from audit_entry"
                + " where action = 'SEARCH_CLASSIFIED_SHOWN' and actor = 'leader'", Integer.class);
        JsonNode leader = search("leader", "trinh vong khe nhan");
        assertThat(attachments(leader)).extracting(h -> h.get("title").asString())
                .containsExactlyInAnyOrder("Báo cáo mật.pdf", "Tờ trình mật.docx");
        assertThat(leader.get("counts").get("ATTACHMENT").asLong()).isEqualTo(2);
        // the files of a classified record are shown as classified: the search is audited, naming their kind
        List<String> audited = jdbc.queryForList("select details from audit_entry"
                + " where action = 'SEARCH_CLASSIFIED_SHOWN' and actor = 'leader' order by id", String.class);
        assertThat(audited).hasSize(auditedBefore + 1);
        assertThat(audited.get(audited.size() - 1)).contains("ATTACHMENT");

        for (String who : List.of("department_head", "specialist", "provincial_officer", "agency_liaison", "auditor")) {
            JsonNode other = search(who, "trinh vong khe nhan");
            assertThat(attachments(other)).as(who).isEmpty();
            assertThat(other.get("counts").has("ATTACHMENT")).as(who).isFalse();
            assertThat(other.toString()).as(who).doesNotContain("mật").doesNotContain("Khê Nhạn");
        }
    }

    @Test
    void theDemoDecisionsAreFoundByTheirWords() throws Exception {
        // every demo decision says it is fictional (DemoAttachments)
        JsonNode answer = search("leader", "van ban hu cau cua du lieu mau");
        assertThat(attachments(answer)).hasSize(3).allSatisfy(hit -> {
            assertThat(hit.get("title").asString()).startsWith("Quyết định khởi tố ").endsWith(".pdf");
            assertThat(hit.get("snippet").asString()).contains("QUYẾT ĐỊNH KHỞI TỐ VỤ ÁN HÌNH SỰ");
            assertThat(marked(hit, "snippet")).isNotEmpty();
            assertThat(jdbc.queryForObject("select content_text from attachment where id = ?", String.class,
                    hit.get("id").asLong())).contains("Văn bản hư cấu của dữ liệu mẫu, không có giá trị pháp lý.");
        });
    }
}
