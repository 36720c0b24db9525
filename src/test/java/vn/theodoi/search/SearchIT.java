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
 * Issue 14, item 1 on PostgreSQL, where the statements differ (the provinces array of a record, the trigram
 * indexes): a province officer finds their province's record and never the other province's, in results and
 * counts; an exact code ranks first; words match whole.
 */
@IntegrationTest
class SearchIT {

    @LocalServerPort
    int port;

    JsonNode record(Api leader, String title, String province) {
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
        Api.Response created = leader.post("/api/v1/records", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body();
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
