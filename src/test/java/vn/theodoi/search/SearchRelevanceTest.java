package vn.theodoi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.Users;
import vn.theodoi.records.Records;
import vn.theodoi.support.EmbeddedTest;

/**
 * Issue 14: the labelled query set. Every row of {@code search/labelled-queries.tsv} (a query as an official would
 * type it, the kind and the item a reader looking for it expects, labelled by reading the demo data) is asked of
 * {@code GET /api/v1/search?limit=10} as the demo leader, who sees every demo item. A row is a hit when an item of
 * the expected kind with the expected title (or, for records, notes, tasks and proposals shown as "CODE · title",
 * that title after the code; or that code) is among the ten results. The set holds at least 100 rows and recall at
 * 10 is at least 0.95.
 */
@EmbeddedTest
class SearchRelevanceTest {

    static final String FILE = "/search/labelled-queries.tsv";
    static final int AT = 10;
    static final int MIN_ROWS = 100;
    static final double MIN_RECALL = 0.95;
    static final Set<String> KINDS = Set.of("RECORD", "PERSON", "TASK", "MEETING", "PROPOSAL", "INSPECTION",
            "SITUATION", "NOTE", "ATTACHMENT");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;

    /** One labelled query: what is typed, the kind and item expected, and why. */
    record Row(int line, String query, String kind, String expected, String why) {
    }

    static List<Row> rows(String year) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as(FILE).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                assertThat(cells).as("line %d of %s: query, kind, expected item, why", i + 1, FILE).hasSize(4);
                assertThat(KINDS).as("line %d: kind", i + 1).contains(cells[1].strip());
                assertThat(cells[0].strip()).as("line %d: query", i + 1).isNotEmpty();
                assertThat(cells[2].strip()).as("line %d: expected item", i + 1).isNotEmpty();
                rows.add(new Row(i + 1, cells[0].strip().replace("{year}", year), cells[1].strip(),
                        cells[2].strip().replace("{year}", year), cells[3].strip()));
            }
        }
        return rows;
    }

    /** The item is the expected one: its title, its title after "CODE · ", or its code. */
    static boolean isExpected(JsonNode result, Row row) {
        if (!row.kind().equals(result.path("kind").asString(""))) {
            return false;
        }
        String title = result.path("title").asString("");
        String code = result.path("code").isNull() ? "" : result.path("code").asString("");
        return title.equals(row.expected()) || title.endsWith(" · " + row.expected())
                || (!code.isEmpty() && code.equals(row.expected()));
    }

    JsonNode search(String q) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/search").param("q", q)
                .param("limit", String.valueOf(AT)).with(user(users.loadUserByUsername("leader")))).andReturn();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(q + ": " + raw).isEqualTo(200);
        return JSON.readTree(raw);
    }

    @Test
    void atLeastAHundredLabelledQueriesFindTheirExpectedItemInTheTopTenForAtLeast95PercentOfThem() throws Exception {
        List<Row> rows = rows(String.valueOf(records.today().getYear()));
        assertThat(rows).as("labelled queries in " + FILE).hasSizeGreaterThanOrEqualTo(MIN_ROWS);

        int hits = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            JsonNode results = search(row.query()).path("results");
            assertThat(results.size()).as(row.query()).isLessThanOrEqualTo(AT);
            boolean hit = false;
            for (JsonNode result : results) {
                hit |= isExpected(result, row);
            }
            if (hit) {
                hits++;
                continue;
            }
            StringBuilder miss = new StringBuilder("MISS line ").append(row.line()).append(": q=\"")
                    .append(row.query()).append("\" expected ").append(row.kind()).append(" \"")
                    .append(row.expected()).append("\" (").append(row.why()).append(")\n  got ")
                    .append(results.size()).append(" results:");
            int rank = 1;
            for (JsonNode result : results) {
                miss.append("\n    ").append(rank++).append(". ").append(result.path("kind").asString(""))
                        .append(" ").append(result.path("title").asString(""));
            }
            misses.add(miss.toString());
        }
        double recall = (double) hits / rows.size();
        System.out.printf("SearchRelevanceTest: recall@%d = %d/%d = %.4f%n", AT, hits, rows.size(), recall);
        misses.forEach(System.out::println);
        assertThat(recall).as("recall@%d over %d labelled queries; misses:%n%s", AT, rows.size(),
                String.join("\n", misses)).isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
