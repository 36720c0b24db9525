package vn.theodoi.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.support.RecordFixtures;
import vn.theodoi.support.Unique;

/**
 * The home page's counts by level and stage of a reader who sees every unit come from tallies the database keeps
 * with each write (V69, issue 13), not from the records. Whatever writes a record (the application, the recount, a
 * statement by hand) the tally must follow, and folding the changes into it must change no count.
 */
@IntegrationTest
class RecordTallyIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeadersCountsFollowCreationLevelChangesAndStatementsByHandAndSurviveTheFold() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        Map<String, Long> before = countsOnTheHomePage(leader);

        // three new level-2 records, no event yet: no stage
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = RecordFixtures.create(specialist, RecordFixtures.record("Vụ việc kiểm đếm " + Unique.suffix(),
                    "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of()))
                    .get("id").asLong();
        }
        Map<String, Long> created = countsOnTheHomePage(leader);
        assertThat(created.get("2/-")).isEqualTo(before.getOrDefault("2/-", 0L) + 3);

        // the leader moves one to level 1 through the application
        Api.Response moved = leader.post("/api/v1/records/" + ids[0] + "/level",
                Map.of("oversightLevel", 1, "decidedOn", TODAY.toString(), "decisionRef", "QĐ kiểm đếm"));
        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
        // and a statement by hand (as a recount or a repair would) gives another a stage and a classification
        jdbc.update("update oversight_record set current_stage = 'INVESTIGATION', classification = 'SECRET'"
                + " where id = ?", ids[1]);
        // an update that leaves the three columns alone changes no count
        jdbc.update("update oversight_record set title = title || ' ' where id = ?", ids[2]);

        Map<String, Long> changed = countsOnTheHomePage(leader);
        assertThat(changed.get("2/-")).isEqualTo(before.getOrDefault("2/-", 0L) + 1);
        assertThat(changed.get("1/-")).isEqualTo(before.getOrDefault("1/-", 0L) + 1);
        assertThat(changed.get("2/INVESTIGATION")).isEqualTo(before.getOrDefault("2/INVESTIGATION", 0L) + 1);
        assertThat(changed).isEqualTo(countedFromTheRecords());

        int changes = jdbc.queryForObject("select count(*) from record_tally_change", Integer.class);
        assertThat(changes).isPositive();
        jdbc.update(RecordTally.FOLD);

        assertThat(jdbc.queryForObject("select count(*) from record_tally_change", Integer.class)).isZero();
        assertThat(countsOnTheHomePage(leader)).isEqualTo(changed).isEqualTo(countedFromTheRecords());

        // the home page reads the tally, not the records: a row written into it by hand shows (and is removed)
        jdbc.update("insert into record_tally_change values ('UNCLASSIFIED', 3, 'APPEAL', 1000)");
        assertThat(countsOnTheHomePage(leader).get("3/APPEAL")).isEqualTo(changed.getOrDefault("3/APPEAL", 0L) + 1000);
        jdbc.update("delete from record_tally_change where records = 1000");
    }

    @Test
    void theLeadersOverdueAndDueSoonCountsFollowTheDueDatesAndSurviveTheFold() {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        JsonNode before = leader.get("/api/v1/records/dashboard").body();
        long id = RecordFixtures.create(specialist, RecordFixtures.record("Vụ việc quá hạn kiểm đếm " + Unique.suffix(),
                "BNCTW", "BNCTW-VAVV", List.of("VN-01"), List.of("BCA-C03"), "UNCLASSIFIED", List.of())).get("id").asLong();

        // a repair by hand gives it a limit that ended three days ago: one more overdue
        jdbc.update("update oversight_record set current_due_date = ? where id = ?", TODAY.minusDays(3), id);
        JsonNode overdue = leader.get("/api/v1/records/dashboard").body();
        assertThat(overdue.get("overdueCount").asLong()).isEqualTo(before.get("overdueCount").asLong() + 1);
        assertThat(overdue.get("dueSoonCount").asLong()).isEqualTo(before.get("dueSoonCount").asLong());

        // then one that ends tomorrow: due soon, no longer overdue
        jdbc.update("update oversight_record set current_due_date = ? where id = ?", TODAY.plusDays(1), id);
        JsonNode soon = leader.get("/api/v1/records/dashboard").body();
        assertThat(soon.get("overdueCount").asLong()).isEqualTo(before.get("overdueCount").asLong());
        assertThat(soon.get("dueSoonCount").asLong()).isEqualTo(before.get("dueSoonCount").asLong() + 1);

        jdbc.update(RecordTally.FOLD_DUE);
        assertThat(jdbc.queryForObject("select count(*) from record_due_tally_change", Integer.class)).isZero();
        JsonNode folded = leader.get("/api/v1/records/dashboard").body();
        // by the definition, and by the list's own count of the records (no tally)
        assertThat(folded.get("overdueCount").asLong()).isEqualTo(soon.get("overdueCount").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from oversight_record where current_due_date < ?",
                        Long.class, TODAY));
        assertThat(folded.get("dueSoonCount").asLong()).isEqualTo(soon.get("dueSoonCount").asLong())
                .isEqualTo(leader.get("/api/v1/records?size=1&deadline=DUE_SOON").body().get("page")
                        .get("totalElements").asLong());

        // the home page reads the tally, not the limits: a row written into it by hand shows (and is removed)
        jdbc.update("insert into record_due_tally_change values ('UNCLASSIFIED', ?, 1000)", TODAY.minusDays(1));
        assertThat(leader.get("/api/v1/records/dashboard").body().get("overdueCount").asLong())
                .isEqualTo(folded.get("overdueCount").asLong() + 1000);
        jdbc.update("delete from record_due_tally_change where records = 1000");
    }

    /** level/stage → count, as the dashboard answers the leader ("-" for none). */
    static Map<String, Long> countsOnTheHomePage(Api leader) {
        Api.Response dashboard = leader.get("/api/v1/records/dashboard");
        assertThat(dashboard.status()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode row : dashboard.body().get("byLevelAndStage")) {
            counts.merge(key(row.get("level").isNull() ? null : row.get("level").asInt(),
                    row.get("stage").isNull() ? null : row.get("stage").asString()), row.get("count").asLong(), Long::sum);
        }
        return counts;
    }

    /** The same counts, by the definition: every record the leader's clearance (top secret) reads. */
    Map<String, Long> countedFromTheRecords() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select oversight_level, current_stage, count(*) from oversight_record group by 1, 2",
                rs -> {
                    counts.put(key((Integer) rs.getObject(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    static String key(Integer level, String stage) {
        return (level == null ? "-" : level.toString()) + "/" + (stage == null ? "-" : stage);
    }
}
