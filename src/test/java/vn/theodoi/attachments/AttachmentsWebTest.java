package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/**
 * Attachments on the embedded default (H2, the file-system store under the data directory), through
 * the pages: a record event's decision and a task's letter uploaded, listed, downloaded; a file that
 * is not what its name says refused; a reader who may not see the record refused; all audited.
 */
@EmbeddedTest
class AttachmentsWebTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theDemoDataAttachesAFictionalDecisionToThreeCasesAndItIsARealPdf() throws Exception {
        assertThat(count("select count(*) from attachment where owner_kind = 'RECORD_EVENT'"
                + " and file_name like 'Quyết định khởi tố %.pdf' and uploaded_by = 'leader'")).isEqualTo(3);
        long id = count("select min(id) from attachment where file_name like 'Quyết định khởi tố %.pdf'");
        byte[] pdf = mvc.perform(get("/attachments/" + id).with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aProposalsIncomingDocumentIsAttachedAndShownOnItsPage() throws Exception {
        long proposal = count("select min(id) from proposal where classification = 'UNCLASSIFIED'");
        mvc.perform(multipart("/api/v1/attachments/PROPOSAL/" + proposal)
                        .file(new MockMultipartFile("file", "Công văn đề nghị.pdf", "application/pdf", PDF))
                        .with(user(as("leader"))))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/proposals/" + proposal).with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Công văn đề nghị.pdf").contains("action=\"/attachments/PROPOSAL/" + proposal + "\"");
    }

    @Test
    void aDecisionIsAttachedToARecordEventListedOnThePageAndDownloadedWithItsName() throws Exception {
        long record = count("select id from oversight_record where title like '%Sao Mai Xanh%'");
        long event = count("select min(id) from record_event where record_id = ?", record);

        mvc.perform(multipart("/attachments/RECORD_EVENT/" + event)
                        .file(new MockMultipartFile("file", "C:\\scan\\Quyết định khởi tố.pdf", "application/pdf", PDF))
                        .with(user(as("leader"))).with(csrf()))
                .andExpect(redirectedUrl("/records/" + record + "?tab=procedure#tab-procedure"))
                .andExpect(flash().attribute("attachmentSaved", "Quyết định khởi tố.pdf"));
        long id = count("select max(id) from attachment where owner_kind = 'RECORD_EVENT' and owner_id = ?", event);
        assertThat(jdbc.queryForObject("select storage from attachment where id = ?", String.class, id))
                .isEqualTo("FILESYSTEM");
        String key = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
        Path stored = Path.of(EmbeddedTest.DATA_DIRECTORY, "attachments", key.substring(0, 2), key.substring(2, 4), key);
        assertThat(stored).exists().hasBinaryContent(PDF);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_ADDED' and target_id = ?"
                + " and actor = 'leader'", String.valueOf(id))).isEqualTo(1);

        String page = mvc.perform(get("/records/" + record).param("tab", "procedure").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/attachments/" + id + "\"").contains("Quyết định khởi tố.pdf");

        MvcResult download = mvc.perform(get("/attachments/" + id).with(user(as("leader"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20kh%E1%BB%9Fi%20t%E1%BB%91.pdf");
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_DOWNLOADED' and target_id = ?"
                + " and actor = 'leader' and outcome = 'SUCCESS'", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aReaderWhoMayNotSeeTheRecordIsToldNothingAndTheAttemptIsAudited() throws Exception {
        long record = count("select id from oversight_record where title like '%Sao Mai Xanh%'");
        long event = count("select min(id) from record_event where record_id = ?", record);
        mvc.perform(get("/api/v1/records/" + record).with(user(as("provincial_officer"))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/attachments/RECORD_EVENT/" + event)
                        .file(new MockMultipartFile("file", "ban-an.pdf", "application/pdf", PDF))
                        .with(user(as("leader"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = count("select max(id) from attachment where owner_kind = 'RECORD_EVENT' and owner_id = ?", event);

        long denials = count("select count(*) from audit_entry where action = 'ATTACHMENT_ACCESS_DENIED'"
                + " and target_id = ? and actor = 'provincial_officer' and outcome = 'DENIED'", String.valueOf(id));
        mvc.perform(get("/attachments/" + id).with(user(as("provincial_officer")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/attachments/" + id).with(user(as("provincial_officer"))))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_ACCESS_DENIED'"
                + " and target_id = ? and actor = 'provincial_officer' and outcome = 'DENIED'", String.valueOf(id)))
                .isEqualTo(denials + 2);

        long before = count("select count(*) from attachment");
        mvc.perform(multipart("/attachments/RECORD_EVENT/" + event)
                        .file(new MockMultipartFile("file", "ban-an.pdf", "application/pdf", PDF))
                        .with(user(as("provincial_officer"))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from attachment")).isEqualTo(before);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_UPLOAD_DENIED'"
                + " and target_type = 'RECORD_EVENT' and target_id = ? and actor = 'provincial_officer'",
                String.valueOf(event))).isPositive();
    }

    @Test
    void aPageRenamedPdfIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        long task = count("select min(id) from task where classification = 'UNCLASSIFIED' and completed_on is null");
        long before = count("select count(*) from attachment");
        mvc.perform(multipart("/attachments/TASK/" + task)
                        .file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(as("leader"))).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task))
                .andExpect(flash().attribute("attachmentProblem",
                        "Nội dung tệp không phải là PDF như tên tệp cho biết; tệp không được nhận."));
        assertThat(count("select count(*) from attachment")).isEqualTo(before);
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_REFUSED' and target_type = 'TASK'"
                + " and target_id = ? and details like '%attachment.type.mismatch%'", String.valueOf(task))).isPositive();
        try (var waiting = Files.list(Path.of(EmbeddedTest.DATA_DIRECTORY, "attachments", "incoming"))) {
            assertThat(waiting).as("no upload left waiting").isEmpty();
        }
    }

    @Test
    void aTaskLetterIsAttachedListedInTheApiAndRemovedWithTheVersionRead() throws Exception {
        long task = count("select min(id) from task where classification = 'UNCLASSIFIED' and completed_on is null");
        mvc.perform(multipart("/api/v1/tasks/" + task + "/attachments")
                        .file(new MockMultipartFile("file", "cong-van-den.pdf", "application/pdf", PDF))
                        .with(user(as("leader"))))
                .andExpect(status().isCreated());
        long id = count("select max(id) from attachment where owner_kind = 'TASK' and owner_id = ?", task);
        String list = mvc.perform(get("/api/v1/tasks/" + task + "/attachments").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"fileName\":\"cong-van-den.pdf\"").contains("\"sizeBytes\":" + PDF.length);
        String page = mvc.perform(get("/tasks/" + task).with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("cong-van-den.pdf").contains("enctype=\"multipart/form-data\"")
                .contains("data-max-bytes=\"52428800\"");

        mvc.perform(post("/attachments/" + id + "/delete").param("version", "7").param("ownerKind", "TASK")
                        .param("ownerId", String.valueOf(task)).with(user(as("leader"))).with(csrf()))
                .andExpect(flash().attributeExists("attachmentProblem"));
        assertThat(count("select count(*) from attachment where id = ?", id)).isEqualTo(1);
        mvc.perform(post("/attachments/" + id + "/delete").param("version", "0").param("ownerKind", "TASK")
                        .param("ownerId", String.valueOf(task)).with(user(as("leader"))).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task)).andExpect(flash().attribute("attachmentDeleted", true));
        assertThat(count("select count(*) from attachment where id = ?", id)).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'ATTACHMENT_DELETED' and target_id = ?",
                String.valueOf(id))).isEqualTo(1);
    }
}
