package vn.theodoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/** Issue 9, item 4: the auditor reads who did what to which thing in words, not logins and ids. */
@EmbeddedTest
class AuditPageTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theLogNamesPeopleActionsAndRecordsInWords() throws Exception {
        String code = jdbc.queryForObject("select r.code from oversight_record r join audit_entry a"
                + " on a.target_id = cast(r.id as varchar) and a.target_type = 'RECORD' and a.action = 'RECORD_CREATED'"
                + " where a.actor = 'leader' order by a.id desc limit 1", String.class);

        String page = mvc.perform(get("/audit?action=RECORD_CREATED&actor=leader").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"audit-table\""));
        String text = table.replaceAll("(?s)<[^>]*>", " ");

        assertThat(text).contains("Lê Minh Lãnh").contains("Tạo hồ sơ").contains("Hồ sơ " + code)
                .doesNotContain("RECORD_CREATED").doesNotContain("RECORD " );
    }
}
