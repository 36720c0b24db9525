package vn.theodoi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.Unique;

@IntegrationTest
class OrganizationTreeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Organizations organizations;

    Api admin() {
        return new Api(port).as("admin", IntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void thirtyFourCurrentProvincesAndSixtyThreeEarlierOnesEachPointingToItsSuccessor() {
        JsonNode provinces = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD).get("/api/v1/provinces").body();

        Map<String, JsonNode> byName = new HashMap<>();
        int current = 0;
        int earlier = 0;
        for (JsonNode p : provinces) {
            if (p.get("current").asBoolean()) {
                current++;
                assertThat(p.get("successorCode").isNull()).isTrue();
            } else {
                earlier++;
                assertThat(p.get("successorCode").asString()).startsWith("VN-");
                byName.put(p.get("name").asString(), p);
            }
        }
        assertThat(current).isEqualTo(34);
        assertThat(earlier).isEqualTo(63);
        String haGiangSuccessor = byName.get("Hà Giang").get("successorCode").asString();
        assertThat(organizations.province(haGiangSuccessor).orElseThrow().getName()).isEqualTo("Tuyên Quang");
        assertThat(organizations.province(byName.get("Bình Dương").get("successorCode").asString()).orElseThrow()
                .getName()).isEqualTo("TP. Hồ Chí Minh");
    }

    @Test
    void organizationsCarryCodeNameTypeAndParent() {
        JsonNode all = admin().get("/api/v1/organizations").body();

        JsonNode department = null;
        for (JsonNode o : all) {
            if (o.get("code").asString().equals("BNCTW-VAVV")) {
                department = o;
            }
        }
        assertThat(department).isNotNull();
        assertThat(department.get("type").asString()).isEqualTo("DEPARTMENT");
        assertThat(department.get("parentCode").asString()).isEqualTo("BNCTW");
        assertThat(department.get("name").asString()).isEqualTo("Vụ Theo dõi xử lý các vụ án, vụ việc");
    }

    @Test
    void mergedProvincesCommitteesAreHistoricalAndPointToTheirSuccessor() {
        Integer historical = jdbc.queryForObject("""
                select count(*) from organization o join organization s on s.id = o.successor_id
                where o.type = 'PROVINCIAL_STEERING_COMMITTEE' and not o.active and s.active""", Integer.class);
        assertThat(historical).isPositive();
    }

    @Test
    void anAdministratorAddsAUnitUnderADepartmentAndItJoinsThatDepartmentsScope() {
        Api admin = admin();
        String code = "P1-" + Unique.suffix().toUpperCase();
        Api.Response created = admin.post("/api/v1/organizations", Map.of("code", code,
                "name", "Phòng Theo dõi vụ án số 1", "type", "DEPARTMENT", "parentCode", "BNCTW-VAVV"));

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("parentCode").asString()).isEqualTo("BNCTW-VAVV");
        Long department = organizations.byCode("BNCTW-VAVV").orElseThrow().id();
        Long unit = created.body().get("id").asLong();
        assertThat(organizations.subtreeOf(department)).contains(department, unit);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ORGANIZATION_CREATED'"
                + " and target_id = ? and actor = 'admin'", Integer.class, code)).isEqualTo(1);
    }

    @Test
    void aParentLoopIsRefused() {
        Api admin = admin();
        String a1 = "LOOP-A-" + Unique.suffix().toUpperCase();
        String b1 = "LOOP-B-" + Unique.suffix().toUpperCase();
        admin.post("/api/v1/organizations", Map.of("code", a1, "name", "Vòng A", "type", "DEPARTMENT"));
        JsonNode b = admin.post("/api/v1/organizations",
                Map.of("code", b1, "name", "Vòng B", "type", "DEPARTMENT", "parentCode", a1)).body();
        JsonNode a = admin.get("/api/v1/organizations/" + a1).body();

        Api.Response loop = admin.put("/api/v1/organizations/" + a1, Map.of("code", a1, "name", "Vòng A",
                "type", "DEPARTMENT", "parentCode", b1, "version", a.get("version").asLong()));

        assertThat(b.get("parentCode").asString()).isEqualTo(a1);
        assertThat(loop.status()).isEqualTo(422);
        assertThat(loop.body().get("detail").asString()).contains("vòng lặp");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsIsToldNotOverwritten() {
        Api admin = admin();
        String code = "RACE-" + Unique.suffix().toUpperCase();
        admin.post("/api/v1/organizations", Map.of("code", code, "name", "Đơn vị thử", "type", "AGENCY"));
        long version = admin.get("/api/v1/organizations/" + code).body().get("version").asLong();

        Api.Response first = admin.put("/api/v1/organizations/" + code,
                Map.of("code", code, "name", "Tên của người thứ nhất", "type", "AGENCY", "version", version));
        Api.Response second = admin.put("/api/v1/organizations/" + code,
                Map.of("code", code, "name", "Tên của người thứ hai", "type", "AGENCY", "version", version));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/organizations/" + code).body().get("name").asString())
                .isEqualTo("Tên của người thứ nhất");
    }

    @Test
    void onlyAdministratorsChangeReferenceDataAndTheDenialIsAudited() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Integer before = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor = 'leader'", Integer.class);

        Api.Response denied = leader.post("/api/v1/organizations",
                Map.of("code", "NOT-ALLOWED", "name", "Không được", "type", "AGENCY"));

        assertThat(denied.status()).isEqualTo(403);
        assertThat(organizations.byCode("NOT-ALLOWED")).isEmpty();
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor = 'leader'", Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void namesAreStoredNfcNormalized() {
        String decomposed = java.text.Normalizer.normalize("Phòng Nghiệp vụ", java.text.Normalizer.Form.NFD);
        String code = "NFC-" + Unique.suffix().toUpperCase();
        admin().post("/api/v1/organizations", Map.of("code", code, "name", decomposed, "type", "DEPARTMENT"));

        assertThat(organizations.byCode(code).orElseThrow().name()).isEqualTo("Phòng Nghiệp vụ");
    }
}
