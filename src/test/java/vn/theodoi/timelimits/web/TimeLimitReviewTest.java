package vn.theodoi.timelimits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.timelimits.TimeLimitRuleView;
import vn.theodoi.timelimits.TimeLimitTable;

/** Issue 8, item 16: every row says who reviewed it, and the table prints for a lawyer to sign. */
@EmbeddedTest
class TimeLimitReviewTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired TimeLimitTable table;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theTablePrintsAsADocumentInVietnameseAndThePrintingIsAudited() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'TIME_LIMIT_TABLE_EXPORTED'",
                Long.class);

        byte[] pdf = mvc.perform(get("/admin/time-limit-rules/review.pdf").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String words = text.replaceAll("\\s+", " ");
            assertThat(words).contains("BẢNG THỜI HẠN TỐ TỤNG HÌNH SỰ").contains("Điều 147").contains("Điều 172")
                    .contains("Bộ luật Tố tụng hình sự 2003").contains("Chưa rà soát").contains("77 dòng");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'TIME_LIMIT_TABLE_EXPORTED'",
                Long.class)).isEqualTo(before + 1);
    }

    @Test
    void aCorrectionIsReviewedOnlyWhenItSaysByWhomAndWhen() throws Exception {
        TimeLimitRuleView row = table.rows().stream().filter(r -> r.stage().equals("PROSECUTION")
                && r.severity().equals("SERIOUS") && r.validTo() == null).findFirst().orElseThrow();

        correct(row, row.version(), "Luật sư Nguyễn Văn Rà", LocalDate.of(2026, 11, 20));
        TimeLimitRuleView reviewed = table.row(row.id());
        correct(reviewed, reviewed.version(), "", null);
        TimeLimitRuleView corrected = table.row(row.id());

        assertThat(reviewed.reviewedBy()).isEqualTo("Luật sư Nguyễn Văn Rà");
        assertThat(reviewed.reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(reviewed.extensionCounting()).as("kept when the form does not change it")
                .isEqualTo(row.extensionCounting());
        assertThat(corrected.reviewedBy()).isNull();
        assertThat(corrected.reviewedOn()).isNull();
    }

    private void correct(TimeLimitRuleView row, long version, String reviewer, LocalDate on) throws Exception {
        mvc.perform(post("/admin/time-limit-rules/" + row.id()).with(user(users.loadUserByUsername("admin")))
                        .with(csrf()).param("basePeriod", row.basePeriod())
                        .param("extensions", row.extensions() == null ? "" : row.extensions())
                        .param("requestExtensionDaysBefore", row.requestExtensionDaysBefore() == null ? ""
                                : row.requestExtensionDaysBefore().toString())
                        .param("dayOffShift", row.dayOffShift()).param("article", row.article())
                        .param("note", row.note()).param("extensionCounting", row.extensionCounting())
                        .param("reviewedBy", reviewer).param("reviewedOn", on == null ? "" : on.toString())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }
}
