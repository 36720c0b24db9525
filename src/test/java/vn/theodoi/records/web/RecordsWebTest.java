package vn.theodoi.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.EmbeddedTest;

/** The record list and record page, as the API and as pages, on the embedded database with its demo records. */
@EmbeddedTest
class RecordsWebTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.theodoi.records.Records records;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void theListIsSortedByTheOrderALinkNamesAndAnUnknownOrderIsTheDefault() throws Exception {
        JsonNode byDue = json(mvc.perform(get("/api/v1/records?sort=due&size=200").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<LocalDate> due = new ArrayList<>();
        byDue.get("content").forEach(r -> {
            if (!r.get("dueDate").isNull()) {
                due.add(LocalDate.parse(r.get("dueDate").asString()));
            }
        });
        assertThat(due).isNotEmpty().isSorted();

        JsonNode unknown = json(mvc.perform(get("/api/v1/records?sort=passwordHash&size=5").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Long mostRecent = jdbc.queryForObject("select id from oversight_record order by updated_at desc, id desc"
                + " limit 1", Long.class);
        assertThat(unknown.get("content").get(0).get("id").asLong()).isEqualTo(mostRecent);
    }

    /** Issue 12: the figures' statements run on H2 too, and each figure's list is as long as its count. */
    @Test
    void everyFiguresListRunsOnTheEmbeddedDatabaseAndMatchesItsCount() throws Exception {
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(2);
        vn.theodoi.records.RecordFigures figures = records.figures(as("leader"), from, to);
        assertThat(figures.levels()).hasSize(3);
        for (vn.theodoi.records.RecordFilter.Figure figure : vn.theodoi.records.RecordFilter.Figure.values()) {
            String level = figure.byLevel() ? "&figureLevel=2" : "";
            JsonNode list = json(mvc.perform(get("/api/v1/records?size=1&figure=" + figure + level + "&figureFrom="
                    + from + "&figureTo=" + to).with(user(as("leader"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            long listed = list.get("page").get("totalElements").asLong();
            Long counted = switch (figure) {
                case INITIATED -> figures.initiated().cases();
                case INDICTED -> figures.indicted().cases();
                case FIRST_INSTANCE -> figures.firstInstance().cases();
                case APPEAL -> figures.appeal().cases();
                case MATTERS_CONCLUDED -> figures.mattersConcluded();
                case LEVEL_AT_END -> figures.levels().get(1).atEnd();
                case LEVEL_ADDED -> figures.levels().get(1).added();
                case LEVEL_REMOVED -> figures.levels().get(1).removed();
                case DEADLINES_MET -> figures.deadlinesMet();
                case DEADLINES_MISSED -> figures.deadlinesMissed();
                default -> null;
            };
            if (counted != null) {
                assertThat(listed).as(figure.name()).isEqualTo(counted);
            }
        }
        mvc.perform(get("/records?figure=LEVEL_AT_END&figureLevel=1&figureFrom=" + from + "&figureTo=" + to)
                .with(user(as("leader")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"figure-banner\"")));
        mvc.perform(get("/records?figure=LEVEL_AT_END&figureFrom=" + from + "&figureTo=" + to)
                .with(user(as("leader")))).andExpect(status().isBadRequest());
    }

    /**
     * Issue 13: deep pages are read after a cursor. Walking a whole list five rows at a time by the cursors of the
     * Link headers gives the rows of the one-page list (plain ORDER BY), in the same order, once each, for every
     * order the list offers, including the ones whose key is often empty (due date, level).
     */
    @Test
    void walkingAListByItsCursorsGivesEveryRowOnceInTheListsOrder() throws Exception {
        for (vn.theodoi.records.RecordSort sort : vn.theodoi.records.RecordSort.values()) {
            List<Long> whole = new ArrayList<>();
            json(mvc.perform(get("/api/v1/records?size=200&sort=" + sort.key()).with(user(as("leader"))))
                    .andReturn().getResponse().getContentAsString()).get("content")
                    .forEach(r -> whole.add(r.get("id").asLong()));
            assertThat(whole).as("the demo data fill more than one page of five").hasSizeGreaterThan(20);

            List<Long> walked = new ArrayList<>();
            var first = mvc.perform(get("/api/v1/records?size=5&sort=" + sort.key()).with(user(as("leader"))))
                    .andExpect(status().isOk()).andReturn().getResponse();
            json(first.getContentAsString()).get("content").forEach(r -> walked.add(r.get("id").asLong()));
            String link = first.getHeader("Link");
            while (link != null) {
                assertThat(link).endsWith(">; rel=\"next\"").startsWith("</api/v1/records?");
                String next = link.substring(1, link.indexOf('>'));
                var response = mvc.perform(get(next).with(user(as("leader")))).andExpect(status().isOk())
                        .andReturn().getResponse();
                JsonNode slice = json(response.getContentAsString());
                slice.get("content").forEach(r -> walked.add(r.get("id").asLong()));
                link = response.getHeader("Link");
                assertThat(slice.get("next").isNull()).isEqualTo(link == null);
            }
            assertThat(walked).as("sort " + sort).isEqualTo(whole);
        }
    }

    @Test
    void aCursorThatCannotBeReadOrWasMadeForAnotherOrderIsAProblem() throws Exception {
        String link = mvc.perform(get("/api/v1/records?size=5&sort=due").with(user(as("leader"))))
                .andReturn().getResponse().getHeader("Link");
        String cursor = link.substring(link.indexOf("after=") + 6, link.indexOf('>'));
        mvc.perform(get("/api/v1/records?sort=code&after=" + cursor).with(user(as("leader"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("after"));
        mvc.perform(get("/api/v1/records?after=not-a-cursor").with(user(as("leader"))))
                .andExpect(status().isBadRequest());
        // the page falls back to the list's first page rather than failing
        mvc.perform(get("/records?after=not-a-cursor").with(user(as("leader")))).andExpect(status().isOk());
    }

    @Test
    void theListPageReachedByACursorShowsTheRowsAfterItAndTheWayBackToTheFirstPage() throws Exception {
        JsonNode firstSix = json(mvc.perform(get("/api/v1/records?size=6&sort=due").with(user(as("leader"))))
                .andReturn().getResponse().getContentAsString()).get("content");
        String link = mvc.perform(get("/api/v1/records?size=5&sort=due").with(user(as("leader"))))
                .andReturn().getResponse().getHeader("Link");
        String cursor = link.substring(link.indexOf("after=") + 6, link.indexOf('>'));

        String page = mvc.perform(get("/records?sort=due&after=" + cursor).with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"pager-first\"").doesNotContain("id=\"record-count\"")
                .contains(">" + firstSix.get(5).get("code").asString() + "</a>")
                .doesNotContain(">" + firstSix.get(4).get("code").asString() + "</a>");
    }

    @Test
    void aPersonChoosesTwentyFiveFiftyOrAHundredRowsAndThePagerKeepsTheChoice() throws Exception {
        long visible = json(mvc.perform(get("/api/v1/records?size=1").with(user(as("leader"))))
                .andReturn().getResponse().getContentAsString()).get("page").get("totalElements").asLong();
        assertThat(visible).as("the demo records the leader sees fill more than one page of 50").isGreaterThan(50);

        String chosen = listPage("/records?sort=due&size=25");
        assertThat(rowsIn(chosen)).isEqualTo(25);
        assertThat(chosen).contains("id=\"pager-next\" href=\"/records?sort=due&amp;size=25&amp;page=1\"")
                .contains("<strong>25</strong>").contains("href=\"/records?sort=due&amp;size=50\">50</a>")
                .contains("href=\"/records?sort=due&amp;size=100\">100</a>");

        assertThat(rowsIn(listPage("/records?sort=due"))).as("without a choice").isEqualTo(50);
        assertThat(rowsIn(listPage("/records?sort=due&size=7"))).as("a size not offered").isEqualTo(50);
        assertThat(rowsIn(listPage("/records?sort=due&size=100"))).isEqualTo((int) Math.min(visible, 100));
    }

    String listPage(String url) throws Exception {
        return mvc.perform(get(url).with(user(as("leader")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    static int rowsIn(String page) {
        String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    @Test
    void aFilterValueThatIsNotOneOfItsChoicesIsAProblemNotAnError() throws Exception {
        mvc.perform(get("/api/v1/records?kind=ROBOT").with(user(as("leader"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theListPageShowsOnlyWhatTheReaderMaySee() throws Exception {
        String page = mvc.perform(get("/records?q=Sao Mai Xanh").with(user(as("provincial_officer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Sao Mai Xanh</a>");

        String leaders = mvc.perform(get("/records?q=sao mai xanh").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leaders).contains("Công ty Cổ phần Xây dựng Sao Mai Xanh");
    }

    @Test
    void theRecordPageShowsItsLimitsAndARefusedEventComesBackWithTheReason() throws Exception {
        Long id = jdbc.queryForObject("select id from oversight_record where current_stage = 'INVESTIGATION'"
                + " and classification = 'UNCLASSIFIED' order by id limit 1", Long.class);

        String page = mvc.perform(get("/records/" + id).with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"deadlines\"").contains("Điều 172");

        mvc.perform(post("/records/" + id + "/events").with(user(as("leader"))).with(csrf())
                        .param("type", "TRIAL_DECIDED").param("date", LocalDate.now().minusDays(1).toString()))
                .andExpect(redirectedUrl("/records/" + id + "?tab=procedure#tab-procedure"))
                .andExpect(flash().attributeExists("problems"));
    }

    @Test
    void aPersonNotAllowedToChangeRecordsIsRefusedAndTheRefusalIsAudited() throws Exception {
        Long id = jdbc.queryForObject("select id from oversight_record where classification = 'UNCLASSIFIED'"
                + " order by id limit 1", Long.class);
        long denialsBefore = jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_CHANGE_DENIED'",
                Long.class);

        mvc.perform(post("/api/v1/records/" + id + "/persons").with(user(as("auditor")))
                        .contentType("application/json").content("{\"fullName\":\"Nguyễn Văn A\",\"proceduralRole\":\"SUSPECT\"}"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RECORD_CHANGE_DENIED'",
                Long.class)).isEqualTo(denialsBefore + 1);
    }

    @Test
    void aTypedCodeMustLookLikeACode() throws Exception {
        String body = "{\"kind\":\"MATTER\",\"code\":\"abc\",\"title\":\"Vụ việc thử mã\",\"oversightLevel\":2,"
                + "\"classification\":\"UNCLASSIFIED\",\"ownerOrganizationCode\":\"BNCTW\","
                + "\"ownerDepartmentCode\":\"BNCTW-VAVV\",\"provinceCodes\":[\"VN-01\"]}";
        mvc.perform(post("/api/v1/records").with(user(as("specialist"))).contentType("application/json").content(body))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/records").with(user(as("specialist"))).contentType("application/json")
                        .content(body.replace("\"abc\"", "\"VV-2026-THU-0001\"")))
                .andExpect(status().isCreated());
    }

    @Test
    void theProvinceFilterFindsARecordByAnyOfItsProvincesUntilOneIsRemoved() throws Exception {
        String token = "Tinhloc" + System.nanoTime();
        String body = "{\"kind\":\"MATTER\",\"title\":\"Vụ việc hai tỉnh " + token + "\",\"oversightLevel\":2,"
                + "\"classification\":\"UNCLASSIFIED\",\"ownerOrganizationCode\":\"BNCTW\","
                + "\"ownerDepartmentCode\":\"BNCTW-VAVV\",\"provinceCodes\":[\"VN-01\",\"VN-79\"]}";
        JsonNode created = json(mvc.perform(post("/api/v1/records").with(user(as("specialist")))
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        assertThat(idsIn("/api/v1/records?province=VN-79&q=" + token)).containsExactly(id);
        assertThat(idsIn("/api/v1/records?province=VN-01&q=" + token)).containsExactly(id);

        String hanoiOnly = body.replace("[\"VN-01\",\"VN-79\"]", "[\"VN-01\"]").replace("{", "{\"version\":"
                + created.get("version").asLong() + ",");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/records/" + id)
                        .with(user(as("specialist"))).contentType("application/json").content(hanoiOnly))
                .andExpect(status().isOk());

        assertThat(idsIn("/api/v1/records?province=VN-79&q=" + token)).isEmpty();
        assertThat(idsIn("/api/v1/records?province=VN-01&q=" + token)).containsExactly(id);
    }

    private List<Long> idsIn(String url) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(mvc.perform(get(url).with(user(as("leader")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("content").forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }
}
