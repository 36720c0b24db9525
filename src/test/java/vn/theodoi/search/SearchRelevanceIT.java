package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.theodoi.records.Records;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

/**
 * Issue 14: the labelled query set of {@link SearchRelevanceTest} on PostgreSQL, where the words of every kind are
 * found through the word index (V82) once the newest rows hold too few of them, and the sources are asked at once
 * over HTTP as the demo leader. The same rows, the same rule for a hit, the same bar: recall at 10 of at least 0.95.
 */
@IntegrationTest
class SearchRelevanceIT {

    @LocalServerPort
    int port;

    @Autowired
    Records records;

    @Test
    void theLabelledQueriesFindTheirExpectedItemInTheTopTenOnPostgreSql() throws Exception {
        Api leader = new Api(port).as("leader", IntegrationTest.DEMO_PASSWORD);
        List<SearchRelevanceTest.Row> rows = SearchRelevanceTest.rows(String.valueOf(records.today().getYear()));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(SearchRelevanceTest.MIN_ROWS);

        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (SearchRelevanceTest.Row row : rows) {
            Api.Response answer = leader.get("/api/v1/search?limit=" + SearchRelevanceTest.AT + "&q="
                    + URLEncoder.encode(row.query(), StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(answer.status()).as(row.query() + ": " + answer.raw().body()).isEqualTo(200);
            boolean hit = false;
            List<String> got = new ArrayList<>();
            for (JsonNode result : answer.body().path("results")) {
                hit |= SearchRelevanceTest.isExpected(result, row);
                got.add(result.path("kind").asString("") + " " + result.path("title").asString(""));
            }
            if (hit) {
                hits++;
            } else {
                misses.add("MISS line " + row.line() + ": q=\"" + row.query() + "\" expected " + row.kind() + " \""
                        + row.expected() + "\"; got " + got);
            }
        }
        double recall = (double) hits / rows.size();
        System.out.printf("SearchRelevanceIT: recall@%d = %d/%d = %.4f%n", SearchRelevanceTest.AT, hits, rows.size(),
                recall);
        assertThat(recall).as("recall over %d labelled queries on PostgreSQL; misses:%n%s", rows.size(),
                String.join("\n", misses)).isGreaterThanOrEqualTo(SearchRelevanceTest.MIN_RECALL);
    }
}
