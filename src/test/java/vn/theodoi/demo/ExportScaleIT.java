package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.Api;
import vn.theodoi.support.ExportFiles;
import vn.theodoi.support.ExportFiles.Exported;
import vn.theodoi.support.IntegrationTest;

/**
 * A large list exported through the job and read back: 20,000 generated records (the scale data
 * generator, here because it is this package's), every one in the leader's file, a filter's count in a
 * filtered file, and a record above the specialist's clearance absent from theirs.
 */
@IntegrationTest
class ExportScaleIT {

    static final int RECORDS = 20_000;

    @LocalServerPort
    int port;

    @Autowired ScaleData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aListOfTwentyThousandRecordsExportsEveryRowItShows() {
        String prefix = "X" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        assertThat(data.generate(RECORDS, 11, prefix).records()).isEqualTo(RECORDS);
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);

        // the leader sees every record: the file has them all, once each
        Exported all = ExportFiles.export(leader, "records", Map.of("q", prefix));
        assertThat(all.data()).hasSize(RECORDS);
        assertThat(new HashSet<>(all.column("Mã hồ sơ"))).hasSize(RECORDS).allMatch(c -> c.startsWith(prefix + "-"));
        assertThat(all.status().get("total").asLong()).isEqualTo(RECORDS);

        // filtered: the records of the first oversight level, counted here in SQL of our own
        long firstLevel = jdbc.queryForObject("select count(*) from oversight_record where code like ?"
                + " and oversight_level = 1", Long.class, prefix + "-%");
        assertThat(firstLevel).isBetween(1L, RECORDS - 1L);
        Exported level = ExportFiles.export(leader, "records", Map.of("q", prefix, "level", "1"));
        assertThat(level.data()).hasSize((int) firstLevel);
        assertThat(level.column("Cấp theo dõi")).containsOnly("Cấp 1");

        // the specialist (cleared CONFIDENTIAL): a top secret record is not in their file, and the file has the
        // rows their list counts
        Api specialist = new Api(port).as("specialist", IntegrationTest.DEMO_PASSWORD);
        List<String> topSecret = jdbc.queryForList("select code from oversight_record where code like ?"
                + " and classification = 'TOP_SECRET'", String.class, prefix + "-%");
        assertThat(topSecret).isNotEmpty();
        Exported theirs = ExportFiles.export(specialist, "records", Map.of("q", prefix));
        Set<String> codes = new HashSet<>(theirs.column("Mã hồ sơ"));
        assertThat(codes).doesNotContainAnyElementsOf(topSecret);
        // a free-text search counts only to 500: the rows their list shows are walked, page after page
        Set<String> listed = new HashSet<>();
        Api.Response page = specialist.get("/api/v1/records?size=200&q=" + prefix);
        page.body().get("content").forEach(row -> listed.add(row.get("code").asString()));
        String link = page.header("Link");
        while (link != null) {
            page = specialist.get(link.substring(1, link.indexOf('>')));
            page.body().get("content").forEach(row -> listed.add(row.get("code").asString()));
            link = page.header("Link");
        }
        assertThat(codes).isEqualTo(listed);
        assertThat(theirs.data()).hasSize(listed.size());
        assertThat(theirs.data().size()).isLessThan(RECORDS);
    }
}
