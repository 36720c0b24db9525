package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.theodoi.search.SearchIT.persons;
import static vn.theodoi.search.SearchIT.recordBody;
import static vn.theodoi.search.SearchIT.search;
import static vn.theodoi.search.SearchIT.titles;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

/**
 * Issue 14, item 1: on PostgreSQL the one search reads its Lucene index (search.SearchIndex), which proposes the
 * words' rows for the reader's visibility facts. It must follow every change committed before a search, the
 * moment the search begins: new and changed words, a record's access list (a list in a table of its own), and the
 * persons of a record whose words change. The database reads the proposed rows again with the reader's
 * visibility, so the leak tests of SearchIT hold whatever the index holds; these check that it holds what is
 * committed.
 */
@IntegrationTest
class SearchIndexIT {

    @LocalServerPort
    int port;

    @Autowired
    Search search;

    Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    long record(Api leader, Map<String, Object> body) {
        Api.Response created = leader.post("/api/v1/records", body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    Api.Response update(Api leader, long id, Map<String, Object> body) {
        body.put("version", leader.get("/api/v1/records/" + id).body().get("version").asLong());
        return leader.put("/api/v1/records/" + id, body);
    }

    @Test
    void theIndexAnswersOnPostgreSql() {
        assertThat(search.indexReady()).isTrue();
    }

    @Test
    void aRecordsNewTitleIsFoundAtOnceAndItsOldWordsNoMore() {
        Api leader = as("leader");
        long id = record(leader, recordBody("Vụ án tại Công ty Lụa Vạn Xuân Quế", "VN-01"));
        assertThat(titles(search(leader, "lua van xuan que"))).anyMatch(t -> t.endsWith("Lụa Vạn Xuân Quế"));

        Api.Response renamed = update(leader, id, recordBody("Vụ án tại Công ty Lụa Vạn Xuân Trạch", "VN-01"));
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);

        assertThat(titles(search(leader, "Lụa Vạn Xuân Trạch"))).anyMatch(t -> t.endsWith("Lụa Vạn Xuân Trạch"));
        assertThat(titles(search(leader, "lua van xuan que"))).noneMatch(t -> t.contains("Vạn Xuân"));
    }

    /**
     * A confidential record of the specialist's department is theirs to find only while they are on its access
     * list (DOMAIN.md section 9): the list is a table of its own, and its changes reach the index as the record's.
     */
    @Test
    void aClassifiedRecordIsFoundWhileTheSpecialistIsOnItsAccessList() {
        Api leader = as("leader");
        Api specialist = as("specialist");
        Map<String, Object> body = recordBody("Vụ án tại Công ty Khoáng sản Bích Động Nhàn", "VN-01");
        body.put("classification", "CONFIDENTIAL");
        long id = record(leader, body);
        assertThat(search(specialist, "khoang san bich dong nhan").raw().body()).doesNotContain("Bích Động");

        body.put("readers", List.of("specialist"));
        Api.Response named = update(leader, id, body);
        assertThat(named.status()).as(named.raw().body()).isEqualTo(200);
        assertThat(titles(search(specialist, "khoang san bich dong nhan"))).anyMatch(t -> t.endsWith("Bích Động Nhàn"));

        body.put("readers", List.of());
        Api.Response unnamed = update(leader, id, body);
        assertThat(unnamed.status()).as(unnamed.raw().body()).isEqualTo(200);
        assertThat(search(specialist, "khoang san bich dong nhan").raw().body()).doesNotContain("Bích Động");
    }

    /** A person's row is found by their own words; a person of a record made confidential leaves the officer's. */
    @Test
    void aPersonFollowsTheirRecordsClassification() {
        Api leader = as("leader");
        Api officer = as("provincial_officer");
        Map<String, Object> body = recordBody("Vụ án tại Công ty Trà Mộc Sơn Yên", "VN-48");
        long id = record(leader, body);
        Api.Response added = leader.post("/api/v1/records/" + id + "/persons", Map.of("fullName", "Lã Thị Huyền Yên",
                "proceduralRole", "SUSPECT"));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        assertThat(persons(search(officer, "la thi huyen yen"))).containsExactly("Lã Thị Huyền Yên");

        body.put("classification", "CONFIDENTIAL");
        Api.Response classified = update(leader, id, body);
        assertThat(classified.status()).as(classified.raw().body()).isEqualTo(200);
        Api.Response after = search(officer, "la thi huyen yen");
        assertThat(persons(after)).isEmpty();
        assertThat(after.raw().body()).doesNotContain("Huyền Yên");
    }

    @Test
    void aNewTaskIsFoundAtOnce() {
        Api leader = as("leader");
        Api.Response task = leader.post("/api/v1/tasks", Map.of("title", "Rà soát hồ sơ Công ty Đồng Quế Lâm Viên",
                "sourceType", "AD_HOC", "leadOrganizationCode", "BNCTW-VAVV"));
        assertThat(task.status()).as(task.raw().body()).isEqualTo(201);
        assertThat(titles(search(leader, "dong que lam vien"))).anyMatch(t -> t.endsWith("Đồng Quế Lâm Viên"));
    }
}
