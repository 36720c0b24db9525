package vn.theodoi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/** Issue 7's attacks on records, each kept as a regression test: refused with a clear 4xx, nothing written. */
@IntegrationTest
class RecordAttacksIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api specialist() {
        return new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
    }

    long newCase(Api api) {
        long id = RecordFixtures.create(api, RecordFixtures.record("Vụ án thử tấn công " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();
        RecordFixtures.addEvent(api, id, Map.of("type", "CASE_INITIATED", "date", "2026-01-05"));
        return id;
    }

    @Test
    void attack1ASplitDatedInTheYear999999999IsRefusedAndThePageStillRenders() {
        Api api = specialist();
        long id = newCase(api);

        Api.Response split = api.post("/api/v1/records/" + id + "/split", Map.of("title", "Giai đoạn II",
                "splitOn", "+999999999-12-31"));
        Api.Response farTarget = api.post("/api/v1/records/" + id + "/milestones", Map.of("description",
                "Kết thúc điều tra", "targetDate", "2099-01-01"));
        Api.Response beforeMonitoring = api.post("/api/v1/records/" + id + "/money", Map.of("kind", "DAMAGE",
                "amountVnd", 1_000_000, "asOf", "1974-12-31"));

        assertThat(split.status()).isEqualTo(400);
        assertThat(farTarget.status()).as("a target at most 10 years ahead").isEqualTo(400);
        assertThat(beforeMonitoring.status()).as("nothing before 1975").isEqualTo(400);
        assertThat(split.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where parent_id = ?", Long.class, id))
                .isZero();
        assertThat(api.get("/records/" + id).status()).isEqualTo(200);
    }

    @Test
    void attack5AmountsOrdinalsFractionsUnknownPeopleAndEndlessListsAreRefused() {
        Api api = specialist();
        long id = newCase(api);
        Map<String, Object> ordinal = new HashMap<>(RecordFixtures.record("Ordinal " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of()));
        ordinal.put("kind", 1);
        Map<String, Object> fraction = new HashMap<>(RecordFixtures.record("Fraction " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of()));
        fraction.put("oversightLevel", 2.5);
        Map<String, Object> stranger = new HashMap<>(RecordFixtures.record("Stranger " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of("khong_co_nguoi_nay")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add("user" + i);
        }
        Map<String, Object> crowd = new HashMap<>(RecordFixtures.record("Crowd " + Unique.suffix(), "BNCTW",
                "BNCTW-VAVV", List.of("VN-01"), List.of(), "UNCLASSIFIED", many));
        Map<String, Object> nul = new HashMap<>(RecordFixtures.record("Tiêu đề\u0000ẩn", "BNCTW", "BNCTW-VAVV",
                List.of("VN-01"), List.of(), "UNCLASSIFIED", List.of()));

        assertThat(api.post("/api/v1/records/" + id + "/money", Map.of("kind", "DAMAGE",
                "amountVnd", Long.MAX_VALUE, "asOf", "2026-02-01")).status()).as("beyond any amount").isEqualTo(400);
        assertThat(api.post("/api/v1/records", ordinal).status()).as("an enum by its ordinal").isEqualTo(400);
        assertThat(api.post("/api/v1/records", fraction).status()).as("2.5 for a level").isEqualTo(400);
        Api.Response unknown = api.post("/api/v1/records", stranger);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("code").asString()).isEqualTo("record.unknownUser");
        assertThat(api.post("/api/v1/records", crowd).status()).as("10,000 readers").isEqualTo(400);
        assertThat(api.post("/api/v1/records", nul).status()).as("NUL in a title").isEqualTo(400);
        assertThat(jdbc.queryForObject("select damage_vnd from oversight_record where id = ?", Long.class, id))
                .isZero();
    }
}
