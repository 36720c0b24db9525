package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

/**
 * DOMAIN.md section 9, role by role: what each demo user sees, in lists, counts, pages and the
 * API, among seven records built to sit on every boundary (clearance, scope, access list).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    String marker;
    final Map<String, Long> ids = new LinkedHashMap<>();

    Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    @BeforeAll
    void createOneRecordOnEachBoundary() {
        marker = "kiemtra" + Unique.suffix();
        Api leader = as("leader");
        create(leader, "A", "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of());
        create(leader, "B", "BCD-48", null, List.of("VN-48"), List.of("CA-48"), "UNCLASSIFIED", List.of());
        create(leader, "C", "BNCTW", "BNCTW-VAVV", List.of("VN-48"), List.of("BCA-C03"), "CONFIDENTIAL", List.of());
        create(leader, "D", "BNCTW", "BNCTW-VAVV", List.of("VN-48"), List.of("CA-48"), "CONFIDENTIAL",
                List.of("specialist", "provincial_officer"));
        create(leader, "E", "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of(), "SECRET", List.of("specialist"));
        create(leader, "F", "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of(), "TOP_SECRET", List.of());
        create(leader, "G", "BCD-48", null, List.of("VN63-49"), List.of(), "UNCLASSIFIED", List.of());
    }

    private void create(Api api, String name, String owner, String department, List<String> provinces,
            List<String> agencies, String classification, List<String> readers) {
        ids.put(name, RecordFixtures.create(api, RecordFixtures.record("Hồ sơ " + marker + " " + name, owner, department,
                provinces, agencies, classification, readers)).get("id").asLong());
    }

    private Set<String> listedFor(Api api) {
        Api.Response page = api.get("/api/v1/records?size=200&q=" + marker);
        assertThat(page.status()).isEqualTo(200);
        Set<String> names = new HashSet<>();
        page.body().get("content").forEach(row -> names.add(row.get("title").asString().substring(
                row.get("title").asString().length() - 1)));
        assertThat(page.body().get("page").get("totalElements").asLong()).as("count matches the list")
                .isEqualTo(names.size());
        return names;
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "leader,             ABCDEFG, everything their top-secret clearance allows",
            "department_head,    ACDE,    their department's records; classified ones because they lead it",
            "specialist,         AD,      their department's unclassified records and the confidential one naming them",
            "provincial_officer, BDG,     their province, the earlier Quảng Nam merged into it, and the one naming them",
            "agency_liaison,     A,       only what their agency handles, unclassified",
            "admin,              '',      no case content",
            "auditor,            '',      no case content"})
    void eachRoleSeesExactlyWhatSectionNineAllows(String user, String expected, String why) {
        Api api = as(user);
        Set<String> visible = new HashSet<>();
        for (char c : expected.toCharArray()) {
            visible.add(String.valueOf(c));
        }

        assertThat(listedFor(api)).as(why).isEqualTo(visible);
        ids.forEach((name, id) -> {
            assertThat(api.get("/api/v1/records/" + id).status()).as("API record " + name)
                    .isEqualTo(visible.contains(name) ? 200 : 404);
            assertThat(api.get("/records/" + id).status()).as("page of record " + name)
                    .isEqualTo(visible.contains(name) ? 200 : 404);
        });
        String listPage = api.get("/records?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).raw().body();
        ids.keySet().forEach(name -> assertThat(listPage.contains("Hồ sơ " + marker + " " + name))
                .as("list page shows " + name).isEqualTo(visible.contains(name)));
    }

    @Test
    void readingAClassifiedRecordIsAuditedAndSoIsADeniedRead() {
        long confidential = ids.get("D");
        long secret = ids.get("E");

        as("specialist").get("/api/v1/records/" + confidential);
        as("specialist").get("/api/v1/records/" + secret);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_READ' and actor = "
                + "'specialist' and target_id = ?", Integer.class, String.valueOf(confidential))).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_ACCESS_DENIED' and "
                + "actor = 'specialist' and outcome = 'DENIED' and target_id = ?", Integer.class,
                String.valueOf(secret))).isPositive();
    }

    @Test
    void anAgencyLiaisonReportsProgressOnlyOnTheirAgencysRecordsAndCreatesNone() {
        Api liaison = as("agency_liaison");

        Api.Response own = liaison.post("/api/v1/records/" + ids.get("A") + "/events",
                Map.of("type", "CASE_INITIATED", "date", "2026-01-05"));
        Api.Response other = liaison.post("/api/v1/records/" + ids.get("B") + "/events",
                Map.of("type", "CASE_INITIATED", "date", "2026-01-05"));
        Api.Response create = liaison.post("/api/v1/records", RecordFixtures.record("Không được tạo " + marker,
                "BNCTW", null, List.of(), List.of("BCA-C03"), "UNCLASSIFIED", List.of()));
        Api.Response edit = liaison.post("/api/v1/records/" + ids.get("A") + "/persons",
                Map.of("fullName", "Nguyễn Văn Thử", "proceduralRole", "SUSPECT"));

        assertThat(own.status()).isEqualTo(201);
        assertThat(own.body().get("stage").asString()).isEqualTo("INVESTIGATION");
        assertThat(other.status()).isEqualTo(404);
        assertThat(create.status()).isEqualTo(403);
        assertThat(edit.status()).isEqualTo(403);
    }

    @Test
    void nobodyClassifiesARecordAboveTheirOwnClearance() {
        Api.Response tooHigh = as("specialist").post("/api/v1/records", RecordFixtures.record("Quá mức " + marker,
                "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of(), "SECRET", List.of()));

        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.body().get("code").asString()).isEqualTo("record.classificationAboveClearance");
    }

    @Test
    void aRecordOutsideTheCreatorsScopeIsRefusedAndNotWritten() {
        Api.Response outside = as("specialist").post("/api/v1/records", RecordFixtures.record("Ngoài phạm vi " + marker,
                "BCD-48", null, List.of("VN-48"), List.of(), "UNCLASSIFIED", List.of()));

        assertThat(outside.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where title = ?", Integer.class,
                "Ngoài phạm vi " + marker)).isZero();
    }

    /** Issue 7, attack 4: seeing a record in one's province is not owning it. */
    @Test
    void aProvincialOfficerChangesTheirProvincesRecordsButNotACommissionRecordTheySee() {
        Api officer = as("provincial_officer");
        long commissions = ids.get("D");
        long provinces = ids.get("B");

        Api.Response level = officer.post("/api/v1/records/" + commissions + "/level",
                Map.of("oversightLevel", 3, "decidedOn", "2026-01-05"));
        JsonNodeHolder d = new JsonNodeHolder(officer.get("/api/v1/records/" + commissions));
        Api.Response hide = officer.put("/api/v1/records/" + commissions, d.asForm("UNCLASSIFIED", List.of()));
        Api.Response split = officer.post("/api/v1/records/" + commissions + "/split",
                Map.of("title", "Giai đoạn II " + marker, "splitOn", "2026-01-05"));
        Api.Response own = officer.post("/api/v1/records/" + provinces + "/level",
                Map.of("oversightLevel", 3, "decidedOn", "2026-01-05"));

        assertThat(level.status()).isEqualTo(403);
        assertThat(hide.status()).isEqualTo(403);
        assertThat(split.status()).isEqualTo(403);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        JsonNodeHolder after = new JsonNodeHolder(as("leader").get("/api/v1/records/" + commissions));
        assertThat(after.node.get("oversightLevel").asInt()).isEqualTo(2);
        assertThat(after.node.get("classification").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(after.node.get("readers").size()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_CHANGE_DENIED'"
                + " and actor = 'provincial_officer' and target_id = ?", Integer.class, String.valueOf(commissions)))
                .isGreaterThanOrEqualTo(3);
    }

    /** A record as the API returned it, turned back into the form that changes it. */
    private record JsonNodeHolder(tools.jackson.databind.JsonNode node) {
        JsonNodeHolder(Api.Response response) {
            this(response.body());
        }

        Map<String, Object> asForm(String classification, List<String> readers) {
            Map<String, Object> form = new java.util.HashMap<>();
            form.put("kind", node.get("kind").asString());
            form.put("title", node.get("title").asString());
            form.put("severity", node.get("severity").asString());
            form.put("classification", classification);
            form.put("ownerOrganizationCode", node.get("ownerOrganizationCode").asString());
            form.put("ownerDepartmentCode", node.get("ownerDepartmentCode").asString());
            form.put("provinceCodes", List.of("VN-48"));
            form.put("readers", readers);
            form.put("version", node.get("version").asLong());
            return form;
        }
    }

    /** Issue 7, attack 9: no field shows what the reader may not see, nor how many records others hold. */
    @Test
    void aChildDoesNotNameAParentTheReaderMayNotSeeAndIdsAndCodesCountNothing() {
        Api leader = as("leader");
        String marker = "giadinh" + Unique.suffix();
        long parent = RecordFixtures.create(leader, RecordFixtures.record("Cha " + marker, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of())).get("id").asLong();
        RecordFixtures.addEvent(leader, parent, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"));
        Api.Response split = leader.post("/api/v1/records/" + parent + "/split",
                Map.of("title", "Giai đoạn II " + marker, "splitOn", "2026-02-05"));
        long child = split.body().get("id").asLong();
        JsonNodeHolder p = new JsonNodeHolder(leader.get("/api/v1/records/" + parent));
        assertThat(leader.put("/api/v1/records/" + parent, p.asForm("SECRET", List.of())).status()).isEqualTo(200);

        Api.Response seenBySpecialist = as("specialist").get("/api/v1/records/" + child);
        assertThat(seenBySpecialist.status()).isEqualTo(200);
        assertThat(seenBySpecialist.body().get("parentId").isNull()).as("the secret parent stays unnamed").isTrue();
        assertThat(as("specialist").get("/records/" + child).raw().body()).doesNotContain("parent-link");
        assertThat(leader.get("/api/v1/records/" + child).body().get("parentId").asLong()).isEqualTo(parent);

        long next = RecordFixtures.create(leader, RecordFixtures.record("Kế tiếp " + marker, "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of())).get("id").asLong();
        assertThat(Math.abs(next - parent)).as("ids are drawn, not counted").isGreaterThan(1000);
        String provincial = RecordFixtures.create(as("provincial_officer"), RecordFixtures.record("Tỉnh " + marker,
                "BCD-48", null, List.of("VN-48"), List.of(), "UNCLASSIFIED", List.of())).get("code").asString();
        assertThat(provincial).as("numbered per owning organization and year")
                .matches("VA-\\d{4}-BCD-48-\\d{4}");
    }
}
