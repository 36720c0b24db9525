package vn.theodoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/** Issue 13: a client's retry with the same Idempotency-Key writes nothing and gets the first answer. */
@EmbeddedTest
class IdempotentRequestsTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    private MockHttpServletResponse send(String username, String path, String body, String key) throws Exception {
        var request = post(path).with(user(users.loadUserByUsername(username)))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String record(String title) {
        return """
                {"kind":"CASE","title":"%s","oversightLevel":2,"severity":"VERY_SERIOUS","classification":"UNCLASSIFIED",
                 "ownerOrganizationCode":"BNCTW","ownerDepartmentCode":"BNCTW-VAVV","provinceCodes":["VN-48"],
                 "agencyCodes":["BCA-C03"],"readers":[],"crimeArticles":["353"]}""".formatted(title);
    }

    private int records(String title) {
        return jdbc.queryForObject("select count(*) from oversight_record where title = ?", Integer.class, title);
    }

    @Test
    void aRepeatedKeyReturnsTheFirstAnswerAndWritesOneRecordAndOneEvent() throws Exception {
        String title = "Lặp lại " + Unique.suffix();
        String key = "rec-" + Unique.suffix();

        MockHttpServletResponse first = send("specialist", "/api/v1/records", record(title), key);
        MockHttpServletResponse again = send("specialist", "/api/v1/records", record(title), key);

        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(again.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.getHeader("Idempotency-Replayed")).isNull();
        long id = JsonMapper.builder().build().readTree(first.getContentAsString()).get("id").asLong();
        assertThat(JsonMapper.builder().build().readTree(again.getContentAsString()).get("id").asLong()).isEqualTo(id);
        assertThat(records(title)).isEqualTo(1);

        String event = "{\"type\":\"CASE_INITIATED\",\"date\":\"2026-01-05\",\"note\":\"" + title + "\"}";
        String eventKey = "ev-" + Unique.suffix();
        assertThat(send("specialist", "/api/v1/records/" + id + "/events", event, eventKey).getStatus()).isEqualTo(201);
        MockHttpServletResponse eventAgain = send("specialist", "/api/v1/records/" + id + "/events", event, eventKey);
        assertThat(eventAgain.getStatus()).isEqualTo(201);
        assertThat(eventAgain.getHeader("Idempotency-Replayed")).isEqualTo("true");
        assertThat(jdbc.queryForObject("select count(*) from record_event where record_id = ? and note = ?",
                Integer.class, id, title)).isEqualTo(1);

        // the same key on another endpoint is refused; without a key every request writes
        assertThat(send("specialist", "/api/v1/records/" + id + "/events", event, key).getStatus()).isEqualTo(422);
        assertThat(send("specialist", "/api/v1/records", record(title), null).getStatus()).isEqualTo(201);
        assertThat(records(title)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirUserAndAFailedRequestStoresNothing() throws Exception {
        String title = "Khóa của người khác " + Unique.suffix();
        String key = "shared-" + Unique.suffix();
        assertThat(send("specialist", "/api/v1/records", record(title), key).getStatus()).isEqualTo(201);
        // another person's request with the same key is their own write
        assertThat(send("leader", "/api/v1/records", record(title), key).getStatus()).isEqualTo(201);
        assertThat(records(title)).isEqualTo(2);

        // refused (an owner nobody has): nothing stored, so the corrected retry with the key writes
        String failingKey = "fail-" + Unique.suffix();
        String bad = record(title).replace("\"BNCTW\"", "\"NO-SUCH-ORG\"");
        assertThat(send("specialist", "/api/v1/records", bad, failingKey).getStatus()).isBetween(400, 499);
        assertThat(jdbc.queryForObject("select count(*) from idempotent_request where request_key = ?",
                Integer.class, failingKey)).isZero();
        assertThat(send("specialist", "/api/v1/records", record(title), failingKey).getStatus()).isEqualTo(201);
        assertThat(records(title)).isEqualTo(3);

        assertThat(send("specialist", "/api/v1/records", record(title), "with space").getStatus()).isEqualTo(422);
        assertThat(records(title)).isEqualTo(3);
    }
}
