package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

/**
 * Issue 14, item 1 on PostgreSQL, where the statements differ (the provinces array of a record, the word index,
 * the facts a person's row copies from their record): a province officer finds their province's record and never
 * the other province's, in results and counts, and a person only while their record is in that province; an exact
 * code ranks first; words match whole.
 */
@IntegrationTest
class SearchIT {

    @LocalServerPort
    int port;

    JsonNode record(Api leader, String title, String province) {
        Api.Response created = leader.post("/api/v1/records", recordBody(title, province));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
    }

    static Map<String, Object> recordBody(String title, String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CASE");
        body.put("title", title);
        body.put("oversightLevel", 2);
        body.put("severity", "VERY_SERIOUS");
        body.put("classification", "UNCLASSIFIED");
        body.put("ownerOrganizationCode", "BNCTW");
        body.put("ownerDepartmentCode", "BNCTW-VAVV");
        body.put("provinceCodes", List.of(province));
        body.put("agencyCodes", List.of("BCA-C03"));
        body.put("readers", List.of());
        body.put("crimeArticles", List.of("222"));
        return body;
    }

    static Api.Response search(Api api, String q) {
        return api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static List<String> titles(Api.Response answer) {
        List<String> titles = new ArrayList<>();
        answer.body().get("results").forEach(r -> titles.add(r.get("title").asString()));
        return titles;
    }

    @Test
    void aProvinceOfficerFindsTheirProvincesRecordAndNeverAnotherProvinces() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Api officer = new Api(port).as("provincial_officer", IntegrationTest.DEMO_PASSWORD);
        record(leader, "Vụ án tại Công ty Thủy sản Đông Giang Khê Vĩnh", "VN-48");
        JsonNode elsewhere = record(leader, "Vụ án tại Công ty Thủy sản Tây Giang Khê Vĩnh", "VN-01");

        Api.Response all = search(leader, "giang khe vinh");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("counts").get("RECORD").asLong()).isEqualTo(2);

        Api.Response mine = search(officer, "Giang Khê Vĩnh");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(titles(mine)).hasSize(1).allMatch(t -> t.endsWith("Đông Giang Khê Vĩnh"));
        assertThat(mine.body().get("counts").get("RECORD").asLong()).isEqualTo(1);
        assertThat(mine.raw().body()).doesNotContain("Tây Giang");
        assertThat(search(officer, elsewhere.get("code").asString()).raw().body()).doesNotContain("Tây Giang");
    }

    static List<String> persons(Api.Response answer) {
        List<String> names = new ArrayList<>();
        answer.body().get("results").forEach(r -> {
            if (r.get("kind").asString().equals("PERSON")) {
                names.add(r.get("title").asString());
            }
        });
        return names;
    }

    /**
     * A person is found through the facts their row copies from the record (V83): a person added to a record of
     * the officer's province is found by them; when a record of another province moves into it, its person's
     * copies follow and the officer finds them too.
     */
    @Test
    void aRecordsPersonIsFoundByTheOfficerOfTheProvinceTheRecordIsInNow() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Api officer = new Api(port).as("provincial_officer", IntegrationTest.DEMO_PASSWORD);
        long here = record(leader, "Vụ án tại Công ty Gốm Lam Điền Thượng", "VN-48").get("id").asLong();
        Api.Response added = leader.post("/api/v1/records/" + here + "/persons", Map.of("fullName",
                "Hà Quỳnh Lam Thượng", "proceduralRole", "SUSPECT", "position", "Kế toán trưởng"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        assertThat(persons(search(officer, "ha quynh lam thuong"))).containsExactly("Hà Quỳnh Lam Thượng");
        assertThat(persons(search(officer, "ke toan truong lam thuong"))).containsExactly("Hà Quỳnh Lam Thượng");

        long elsewhere = record(leader, "Vụ án tại Công ty Gốm Lam Điền Hạ", "VN-01").get("id").asLong();
        added = leader.post("/api/v1/records/" + elsewhere + "/persons", Map.of("fullName", "Tạ Vân Khuê Nhạ",
                "proceduralRole", "SUSPECT"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        Api.Response before = search(officer, "ta van khue nha");
        assertThat(persons(before)).isEmpty();
        assertThat(before.raw().body()).doesNotContain("Khuê Nhạ");

        Map<String, Object> moved = recordBody("Vụ án tại Công ty Gốm Lam Điền Hạ", "VN-48");
        moved.put("version", leader.get("/api/v1/records/" + elsewhere).body().get("version").asLong());
        Api.Response update = leader.put("/api/v1/records/" + elsewhere, moved);
        assertThat(update.status()).as(update.raw().body()).isEqualTo(200);
        assertThat(persons(search(officer, "ta van khue nha"))).containsExactly("Tạ Vân Khuê Nhạ");
    }

    @Test
    void theTypedCodeRanksFirstAndEveryWordMustBeWhole() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        JsonNode named = record(leader, "Vụ án tại Ban Quản lý dự án Phượng Lĩnh Ô", "VN-01");
        String code = named.get("code").asString();
        record(leader, "Vụ án tách từ " + code + " tại Phượng Lĩnh", "VN-01");

        Api.Response byCode = search(leader, code);
        assertThat(byCode.body().get("results").get(0).get("id").asLong()).isEqualTo(named.get("id").asLong());
        assertThat(titles(byCode)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(titles(search(leader, "phuong linh o"))).anyMatch(t -> t.endsWith("Phượng Lĩnh Ô"));
        // "linh" and "phuong" are whole words of both titles, "inh" of none
        assertThat(titles(search(leader, "phuong inh"))).noneMatch(t -> t.contains("Phượng Lĩnh"));
    }
}
