package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/**
 * Issue 14, items 1 and 4: the one search on the embedded database, through the API and the page. Diacritics,
 * whole words, an exact code above a word match, the highlight of the words as they are written, and for every
 * role that a record it may not see is in no result, no count and no highlight.
 */
@EmbeddedTest
class SearchWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    record Answer(int status, JsonNode body, String raw) {
    }

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    Answer get(String who, String path) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(user(as(who)))).andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(), raw.startsWith("{") ? JSON.readTree(raw) : null, raw);
    }

    Answer search(String who, String q) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/search").param("q", q).with(user(as(who))))
                .andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Answer(result.getResponse().getStatus(), raw.startsWith("{") ? JSON.readTree(raw) : null, raw);
    }

    /** A record created by the leader through the API: its id and code. */
    JsonNode record(String title, String summary, String classification, List<String> readers, String province)
            throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", title);
        body.put("summary", summary);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", classification);
        body.put("ownerOrganizationCode", "BNCTW");
        body.put("ownerDepartmentCode", "BNCTW-VAVV");
        body.put("provinceCodes", List.of(province));
        body.put("agencyCodes", List.of("BCA-C03"));
        body.put("readers", readers);
        body.put("crimeArticles", List.of("222"));
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/records").with(user(as("leader")))
                .contentType("application/json").content(JSON.writeValueAsString(body))).andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(raw).isEqualTo(201);
        return JSON.readTree(raw);
    }

    void post(String path, Object body) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post(path).with(user(as("leader")))
                .contentType("application/json").content(JSON.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
    }

    static List<String> titles(Answer answer) {
        List<String> titles = new ArrayList<>();
        answer.body().get("results").forEach(r -> titles.add(r.get("title").asString()));
        return titles;
    }

    @Test
    void wordsAreFoundWithOrWithoutDiacriticsAndHighlightedAsTheyAreWritten() throws Exception {
        record("Vụ án vi phạm quy định về đấu thầu tại Công ty Cổ phần Thiết bị Quỳnh Dao Lương", null,
                "UNCLASSIFIED", List.of(), "VN-01");

        for (String q : List.of("quynh dao luong", "Quỳnh Dao Lương", "QUYNH DAO LUONG", "Quỳnh-Dao, Lương")) {
            Answer found = search("leader", q);
            assertThat(found.status()).isEqualTo(200);
            assertThat(titles(found)).as(q).anyMatch(t -> t.endsWith("Công ty Cổ phần Thiết bị Quỳnh Dao Lương"));
        }
        JsonNode hit = search("leader", "quynh dao luong").body().get("results").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("RECORD");
        String title = hit.get("title").asString();
        List<String> marked = new ArrayList<>();
        hit.get("highlights").forEach(h -> marked.add(title.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(marked).containsExactly("Quỳnh", "Dao", "Lương");
        assertThat(hit.get("url").asString()).isEqualTo("/records/" + hit.get("id").asLong());
    }

    @Test
    void onlyWholeWordsMatch() throws Exception {
        record("Vụ án nhận hối lộ tại Công ty TNHH Khoáng sản Vịnh Xuyên Thạch", null, "UNCLASSIFIED", List.of(),
                "VN-01");

        assertThat(titles(search("leader", "xuyen thach"))).anyMatch(t -> t.contains("Vịnh Xuyên Thạch"));
        // "uyen" and "thac" are inside words of the title, never words of it
        assertThat(titles(search("leader", "uyen thach"))).noneMatch(t -> t.contains("Vịnh Xuyên Thạch"));
        assertThat(titles(search("leader", "xuyen thac"))).noneMatch(t -> t.contains("Vịnh Xuyên Thạch"));
    }

    @Test
    void theRecordWhoseCodeIsTypedComesBeforeThoseThatOnlyMentionIt() throws Exception {
        JsonNode named = record("Vụ án lợi dụng chức vụ tại Ban Quản lý dự án Cẩm Nguyên Đài", null, "UNCLASSIFIED",
                List.of(), "VN-01");
        String code = named.get("code").asString();
        // two newer records whose titles hold every word of that code
        record("Vụ án tách từ hồ sơ " + code + " về sai phạm đất đai", null, "UNCLASSIFIED", List.of(), "VN-01");
        record("Vụ việc liên quan hồ sơ " + code + " tại chi nhánh", null, "UNCLASSIFIED", List.of(), "VN-01");

        Answer found = search("leader", code);
        JsonNode first = found.body().get("results").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(named.get("id").asLong());
        assertThat(titles(found)).hasSizeGreaterThanOrEqualTo(3);
        // typed in lower case and without its hyphens, it is still that record's code
        assertThat(search("leader", code.toLowerCase()).body().get("results").get(0).get("id").asLong())
                .isEqualTo(named.get("id").asLong());
    }

    @Test
    void aClassifiedRecordIsInNoResultCountOrHighlightOfAReaderWhoMayNotSeeIt() throws Exception {
        // TOP SECRET, read by its access list only: the leader sees it; no one else is cleared for it
        JsonNode secret = record("Vụ án tuyệt mật tại Tổng công ty Hải Vân Thượng Lũng", "Tóm tắt Thượng Lũng",
                "TOP_SECRET", List.of("leader"), "VN-48");
        // a record every reader in Đà Nẵng's scope may see, with one of the same words
        record("Vụ việc công khai Thượng Lũng", null, "UNCLASSIFIED", List.of(), "VN-48");

        Answer leader = search("leader", "thuong lung");
        assertThat(titles(leader)).anyMatch(t -> t.contains("Hải Vân Thượng Lũng"));
        assertThat(leader.body().get("counts").get("RECORD").asLong()).isEqualTo(2);

        for (String who : List.of("department_head", "specialist", "provincial_officer", "agency_liaison")) {
            Answer other = search(who, "thuong lung");
            assertThat(other.status()).as(who).isEqualTo(200);
            assertThat(other.raw()).as(who).doesNotContain("Hải Vân").doesNotContain(secret.get("code").asString());
            JsonNode count = other.body().get("counts").get("RECORD");
            assertThat(count == null ? 0 : count.asLong()).as(who).isLessThanOrEqualTo(1);
            Answer page = get(who, "/search?q=hai+van+thuong+lung");
            assertThat(page.status()).as(who).isEqualTo(200);
            assertThat(page.raw()).as(who).doesNotContain("Hải Vân").contains("id=\"search-nothing\"");
            assertThat(search(who, secret.get("code").asString()).raw()).as(who).doesNotContain("Hải Vân");
        }
        // the auditor and the administrator read no records at all
        for (String who : List.of("auditor", "admin")) {
            Answer none = search(who, "thuong lung");
            assertThat(none.status()).as(who).isEqualTo(200);
            assertThat(none.raw()).as(who).doesNotContain("Thượng Lũng");
        }
    }

    @Test
    void thePersonsAndNotesOfARecordAReaderMayNotSeeAreNotFoundEither() throws Exception {
        JsonNode secret = record("Vụ án tuyệt mật về khoáng sản Xích Quỳ Phong", null, "TOP_SECRET", List.of("leader"),
                "VN-48");
        long id = secret.get("id").asLong();
        post("/api/v1/records/" + id + "/persons", Map.of("fullName", "Khổng Tuệ Mẫn Diệp", "proceduralRole",
                "SUSPECT", "position", "Giám đốc", "organizationName", "Công ty Khoáng sản Xích Quỳ Phong"));
        post("/api/v1/records/" + id + "/notes", Map.of("body", "Đã làm việc với nhân chứng Ôn Lạc Quỳ Hải"));
        Integer auditedBefore = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'SEARCH_CLASSIFIED_SHOWN'", Integer.class);

        Answer person = search("leader", "khong tue man diep");
        assertThat(person.body().get("results").get(0).get("kind").asString()).isEqualTo("PERSON");
        assertThat(person.body().get("results").get(0).get("title").asString()).isEqualTo("Khổng Tuệ Mẫn Diệp");
        assertThat(person.body().get("results").get(0).get("url").asString()).startsWith("/records/" + id + "?");
        Answer note = search("leader", "on lac quy hai");
        assertThat(note.body().get("results").get(0).get("kind").asString()).isEqualTo("NOTE");
        assertThat(note.body().get("results").get(0).get("snippet").asString())
                .isEqualTo("Đã làm việc với nhân chứng Ôn Lạc Quỳ Hải");
        // showing a classified record's person and note is audited, once per search
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_CLASSIFIED_SHOWN'",
                Integer.class)).isEqualTo(auditedBefore + 2);

        for (String who : List.of("department_head", "specialist", "provincial_officer", "agency_liaison", "auditor",
                "admin")) {
            for (String q : List.of("khong tue man diep", "on lac quy hai", "xich quy phong")) {
                Answer other = search(who, q);
                assertThat(other.status()).as(who).isEqualTo(200);
                assertThat(other.body().get("results").size()).as(who + " " + q).isZero();
                assertThat(other.body().get("counts").size()).as(who + " " + q).isZero();
            }
        }
    }

    @Test
    void theResultsPageGroupsByKindAndMarksTheWords() throws Exception {
        record("Vụ án tham ô tài sản tại Công ty Lạc Hồng Phương Vĩ", "Công ty Lạc Hồng Phương Vĩ chiếm đoạt",
                "UNCLASSIFIED", List.of(), "VN-01");

        Answer page = get("leader", "/search?q=lac+hong+phuong+vi");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("id=\"search-group-RECORD\"").contains("<mark>Phương</mark>")
                .contains("<mark>Vĩ</mark>").contains("id=\"search-count-RECORD\"");
        assertThat(get("leader", "/").raw()).contains("id=\"header-q\"");
    }

    @Test
    void aKindThatFillsItsGroupLinksToItsOwnLongerList() throws Exception {
        for (int i = 0; i < 6; i++) {
            record("Vụ án số " + i + " tại Công ty Phù Sa Liễu Ngạn", null, "UNCLASSIFIED", List.of(), "VN-01");
        }

        Answer page = get("leader", "/search?q=phu+sa+lieu+ngan");
        assertThat(page.raw()).contains("id=\"search-all-RECORD\"").contains("5 trở lên");
        Answer all = get("leader", "/search?q=phu+sa+lieu+ngan&kind=RECORD");
        assertThat(all.raw().split("class=\"search-hit\"", -1)).hasSize(7);
        Answer api = get("leader", "/api/v1/search?q=phu+sa+lieu+ngan&limit=5");
        assertThat(api.body().get("counts").get("RECORD").asLong()).isEqualTo(5);
        assertThat(api.body().get("more").get("RECORD").asBoolean()).isTrue();
    }

    @Test
    void anEmptyQueryOrAnUnknownKindIsAProblem() throws Exception {
        Answer empty = get("leader", "/api/v1/search?q=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.raw()).contains("q");
        Answer kind = get("leader", "/api/v1/search?q=dau&kind=NOPE");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(get("leader", "/api/v1/search?q=dau&kind=task").status()).isEqualTo(200);
        assertThat(get("leader", "/search").status()).isEqualTo(200);
    }
}
