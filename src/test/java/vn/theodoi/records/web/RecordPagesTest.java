package vn.theodoi.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.deadline.EventType;
import vn.theodoi.deadline.Severity;
import vn.theodoi.records.EventInput;
import vn.theodoi.records.RecordForm;
import vn.theodoi.records.RecordKind;
import vn.theodoi.records.Records;
import vn.theodoi.support.EmbeddedTest;
import vn.theodoi.support.Unique;

/**
 * Issue 9's pages in the fast loop: dates and amounts bound on the server (so forms work without script), the
 * event preview, the events offered, the list's new filters with visibility in the query, saved filters, the
 * confirmations, and the record log in sentences.
 */
@EmbeddedTest
class RecordPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Records records;
    @Autowired JdbcTemplate jdbc;

    TheodoiUser as(String username) {
        return users.loadUserByUsername(username);
    }

    /**
     * A less serious case initiated on Monday 5 January 2026: 2 months (Art. 172(1)) end on Thursday 5 March
     * 2026; the one extension allowed adds at most 2 months (Art. 172(2)(a)), to Tuesday 5 May 2026.
     */
    Long lessSeriousCaseInitiatedOn5January() {
        TheodoiUser leader = as("leader");
        Long id = records.create(leader, new RecordForm(RecordKind.CASE, null, "Vụ án thử " + Unique.suffix(), null, 2,
                null, null, Severity.LESS_SERIOUS, Clearance.UNCLASSIFIED, "BNCTW", "BNCTW-VAVV", null, Set.of(),
                Set.of(), Set.of("222"), Set.of(), null));
        records.addEvent(leader, id, new EventInput(EventType.CASE_INITIATED, LocalDate.of(2026, 1, 5), null, null,
                null, null, null, null));
        return id;
    }

    String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(as(username)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anAmountWithDotsAndADateDayFirstAreReadOnTheServer() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        mvc.perform(post("/records/" + id + "/money").with(user(as("leader"))).with(csrf())
                        .param("kind", "DAMAGE").param("amountVnd", "1.500.000.000").param("asOf", "07/03/2026"))
                .andExpect(flash().attributeExists("saved"));
        Map<String, Object> stored = jdbc.queryForMap("select amount_vnd, as_of from record_money where record_id = ?", id);
        assertThat(((Number) stored.get("amount_vnd")).longValue()).isEqualTo(1_500_000_000L);
        assertThat(stored.get("as_of").toString()).isEqualTo("2026-03-07");
    }

    @Test
    void anAmountWithADecimalCommaIsRefusedUnderItsFieldAndWhatWasTypedComesBack() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        MvcResult result = mvc.perform(post("/records/" + id + "/money").with(user(as("leader"))).with(csrf())
                        .param("kind", "DAMAGE").param("amountVnd", "1,5 tỷ").param("asOf", "31/02/2026"))
                .andExpect(flash().attribute("formDialog", "money")).andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) result.getFlashMap().get("formErrors");
        assertThat(errors.get("amountVnd")).contains("1.500.000.000");
        assertThat(errors.get("asOf")).contains("ngày/tháng/năm");
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) result.getFlashMap().get("formValues");
        assertThat(typed).containsEntry("amountVnd", "1,5 tỷ").containsEntry("asOf", "31/02/2026");
        assertThat(jdbc.queryForObject("select count(*) from record_money where record_id = ?", Long.class, id)).isZero();
    }

    @Test
    void thePreviewShowsTheNewDueDateBeforeSavingAndSavesNothing() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        long events = jdbc.queryForObject("select count(*) from record_event where record_id = ?", Long.class, id);
        String preview = mvc.perform(post("/records/" + id + "/events/preview").with(user(as("leader"))).with(csrf())
                        .param("type", "INVESTIGATION_EXTENDED").param("date", "02/03/2026").param("grantedBy", "VKSTC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("05/03/2026").contains("05/05/2026").contains("preview-result");
        assertThat(jdbc.queryForObject("select count(*) from record_event where record_id = ?", Long.class, id))
                .isEqualTo(events);

        // decided on 6 March, after the limit ended on 5 March: refused, the dates written day first
        String refused = mvc.perform(post("/records/" + id + "/events/preview").with(user(as("leader"))).with(csrf())
                        .param("type", "INVESTIGATION_EXTENDED").param("date", "06/03/2026").param("grantedBy", "VKSTC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("preview-refusal").contains("05/03/2026").doesNotContain("2026-03-05");
    }

    @Test
    void onlyTheEventsLawfulInTheCurrentStageAreOffered() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        String html = page("/records/" + id, "leader");
        String select = html.substring(html.indexOf("id=\"event-type\""), html.indexOf("</select>", html.indexOf("id=\"event-type\"")));
        assertThat(select).contains("value=\"INVESTIGATION_EXTENDED\"", "value=\"INVESTIGATION_CONCLUDED\"",
                "value=\"INVESTIGATION_SUSPENDED\"", "value=\"CLOSED\"")
                .doesNotContain("value=\"TRIAL_DECIDED\"", "value=\"FILE_RECEIVED_BY_COURT\"",
                        "value=\"CASE_INITIATED\"", "value=\"APPEAL_JUDGMENT\"", "value=\"SPLIT\"");
        // every event, when the person asks to enter an earlier one
        String all = page("/records/" + id + "?allEvents=true&dialog=event", "leader");
        assertThat(all.substring(all.indexOf("id=\"event-type\""))).contains("value=\"TRIAL_DECIDED\"");
    }

    @Test
    void anEventThatMeetsADirectedMilestoneMarksItAchievedOnItsDate() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        mvc.perform(post("/records/" + id + "/milestones").with(user(as("leader"))).with(csrf())
                .param("description", "Kết thúc điều tra, chuyển hồ sơ đề nghị truy tố trước 28/02/2026")
                .param("targetDate", "28/02/2026")).andExpect(flash().attributeExists("saved"));
        Long milestone = jdbc.queryForObject("select id from record_milestone where record_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select next_milestone_date from oversight_record where id = ?", LocalDate.class,
                id)).isEqualTo(LocalDate.of(2026, 2, 28));
        String preview = mvc.perform(post("/records/" + id + "/events/preview").with(user(as("leader"))).with(csrf())
                .param("type", "INVESTIGATION_CONCLUDED").param("date", "02/03/2026")).andReturn().getResponse()
                .getContentAsString();
        assertThat(preview).contains("preview-milestones").contains("Kết thúc điều tra");

        mvc.perform(post("/records/" + id + "/events").with(user(as("leader"))).with(csrf())
                .param("type", "INVESTIGATION_CONCLUDED").param("date", "02/03/2026")
                .param("milestoneReached", milestone.toString())).andExpect(flash().attributeExists("saved"));
        assertThat(jdbc.queryForObject("select achieved_on from record_milestone where id = ?", LocalDate.class,
                milestone)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(jdbc.queryForObject("select next_milestone_date from oversight_record where id = ?", LocalDate.class,
                id)).isNull();
    }

    @Test
    void aLevelChangeAndASplitAreSavedOnlyWhenConfirmed() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        mvc.perform(post("/records/" + id + "/level").with(user(as("leader"))).with(csrf())
                        .param("oversightLevel", "1").param("decidedOn", "10/03/2026"))
                .andExpect(flash().attribute("formDialog", "level"));
        assertThat(jdbc.queryForObject("select oversight_level from oversight_record where id = ?", Integer.class, id))
                .isEqualTo(2);
        mvc.perform(post("/records/" + id + "/level").with(user(as("leader"))).with(csrf())
                        .param("oversightLevel", "1").param("decidedOn", "10/03/2026").param("confirmed", "true"))
                .andExpect(flash().attributeExists("saved"));
        assertThat(jdbc.queryForObject("select oversight_level from oversight_record where id = ?", Integer.class, id))
                .isEqualTo(1);
        mvc.perform(post("/records/" + id + "/split").with(user(as("leader"))).with(csrf())
                        .param("title", "Giai đoạn II").param("splitOn", "11/03/2026"))
                .andExpect(flash().attribute("formDialog", "split"));
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where parent_id = ?", Long.class, id)).isZero();
    }

    /** Issue 12: a person's procedural dates are typed in the person dialog, refused out of order under the field. */
    @Test
    void aPersonsProceduralDatesAreTypedInTheDialogAndRefusedOutOfOrder() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        MvcResult refused = mvc.perform(post("/records/" + id + "/persons").with(user(as("leader"))).with(csrf())
                        .param("fullName", "Phạm Thị Hư Cấu").param("proceduralRole", "SUSPECT")
                        .param("chargedOn", "10/01/2026").param("indictedOn", "09/01/2026"))
                .andExpect(flash().attribute("formDialog", "person")).andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) refused.getFlashMap().get("formErrors");
        assertThat(errors.get("indictedOn")).isEqualTo("Ngày truy tố không được trước ngày khởi tố bị can.");

        mvc.perform(post("/records/" + id + "/persons").with(user(as("leader"))).with(csrf())
                .param("fullName", "Phạm Thị Hư Cấu").param("proceduralRole", "SUSPECT")
                .param("chargedOn", "10/01/2026").param("indictedOn", "2026-02-03"))
                .andExpect(flash().attributeExists("saved"));
        Map<String, Object> stored = jdbc.queryForMap("select charged_on, indicted_on, tried_first_instance_on"
                + " from record_person where record_id = ?", id);
        assertThat(stored.get("charged_on").toString()).isEqualTo("2026-01-10");
        assertThat(stored.get("indicted_on").toString()).isEqualTo("2026-02-03");
        assertThat(stored.get("tried_first_instance_on")).isNull();
        assertThat(page("/records/" + id, "leader")).contains("Khởi tố 10/01/2026").contains("Truy tố 03/02/2026");
        // the person's own form comes with the page its "change" link opens
        Long person = jdbc.queryForObject("select id from record_person where record_id = ?", Long.class, id);
        assertThat(page("/records/" + id + "?tab=persons&dialog=person-" + person, "leader"))
                .contains("value=\"10/01/2026\"");
    }

    @Test
    void theRecordLogIsWrittenInSentencesWithNamesNotCodesOrLogins() throws Exception {
        Long id = lessSeriousCaseInitiatedOn5January();
        mvc.perform(post("/records/" + id + "/money").with(user(as("leader"))).with(csrf())
                .param("kind", "DAMAGE").param("amountVnd", "250.000.000").param("asOf", "07/03/2026"));
        mvc.perform(post("/records/" + id + "/persons").with(user(as("leader"))).with(csrf())
                .param("fullName", "Trần Văn Hư Cấu").param("proceduralRole", "SUSPECT"));
        String html = page("/records/" + id, "leader");
        String log = html.substring(html.indexOf("id=\"record-log\""), html.indexOf("</table>", html.indexOf("id=\"record-log\"")));
        assertThat(log).contains("nhập sự kiện &quot;Khởi tố vụ án&quot; ngày 05/01/2026.")
                .contains("Lê Minh Lãnh ghi số liệu Thiệt hại: 250.000.000 đồng.")
                .contains("Lê Minh Lãnh thêm Bị can: Trần Văn Hư Cấu.")
                .doesNotContain("RECORD_", ">leader<", "person ");
    }

    @Test
    void theNewListFiltersKeepToWhatTheReaderMaySee() throws Exception {
        LocalDate today = records.today();
        JsonNode behind = json(mvc.perform(get("/api/v1/records?behindMilestone=true&size=200").with(user(as("leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(behind.get("content").size()).isPositive();
        behind.get("content").forEach(r -> assertThat(jdbc.queryForObject("select count(*) from record_milestone"
                + " where record_id = ? and achieved_on is null and target_date < ?", Long.class, r.get("id").asLong(),
                today)).as(r.get("code").asString()).isPositive());
        List<Long> unclassifiedBehind = jdbc.queryForList("select distinct r.id from oversight_record r join record_milestone m"
                + " on m.record_id = r.id where m.achieved_on is null and m.target_date < ? and r.classification"
                + " = 'UNCLASSIFIED'", Long.class, today);
        List<Long> listed = new java.util.ArrayList<>();
        behind.get("content").forEach(r -> listed.add(r.get("id").asLong()));
        assertThat(listed).containsAll(unclassifiedBehind);

        JsonNode passed = json(mvc.perform(get("/api/v1/records?requestPassed=true&size=200").with(user(as("leader"))))
                .andReturn().getResponse().getContentAsString());
        passed.get("content").forEach(r -> {
            assertThat(LocalDate.parse(r.get("lastDayToRequestExtension").asString())).isBefore(today);
            assertThat(LocalDate.parse(r.get("dueDate").asString())).isAfterOrEqualTo(today);
        });

        JsonNode mine = json(mvc.perform(get("/api/v1/records?responsible=specialist&size=200").with(user(as("leader"))))
                .andReturn().getResponse().getContentAsString());
        mine.get("content").forEach(r -> assertThat(r.get("responsibleUsername").asString()).isEqualTo("specialist"));

        // a provincial officer's tile counts only their province's records
        JsonNode province = json(mvc.perform(get("/api/v1/records?behindMilestone=true&size=200")
                .with(user(as("provincial_officer")))).andReturn().getResponse().getContentAsString());
        assertThat(province.get("content").size()).isLessThan(behind.get("content").size());
    }

    @Test
    void theListIsSortedByTheNearestDeadlineAndShowsTheSpecialistByName() throws Exception {
        String html = page("/records", "leader");
        assertThat(html).contains("<option value=\"due\" selected=\"selected\"").contains("Nguyễn Văn Chuyên");
        String home = page("/", "leader");
        assertThat(home).contains("id=\"tile-milestone\"").contains("id=\"tile-request\"").containsPattern("Quá hạn \\d+ ngày")
                .doesNotContain("Chuyên viên theo dõi: leader");
    }

    @Test
    void aSavedFilterKeepsOnlyTheListsParametersAndBelongsToItsAuthor() throws Exception {
        mvc.perform(post("/records/filters").with(user(as("specialist"))).with(csrf()).param("name", "Quá hạn cấp 1")
                .param("query", "deadline=OVERDUE&level=1&password=x&page=3")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select query from saved_record_filter where username = 'specialist'"
                + " and name = 'Quá hạn cấp 1'", String.class)).isEqualTo("deadline=OVERDUE&level=1");
        assertThat(page("/records", "specialist")).contains("Quá hạn cấp 1");
        assertThat(page("/records", "leader")).doesNotContain("Quá hạn cấp 1");
    }

    @Test
    void theCalendarShowsTheMonthsDeadlinesInTheReadersScope() throws Exception {
        Map<String, Object> due = jdbc.queryForMap("select code, current_due_date from oversight_record"
                + " where classification = 'UNCLASSIFIED' and current_due_date is not null order by current_due_date desc limit 1");
        String month = due.get("current_due_date").toString().substring(0, 7);
        assertThat(page("/records/calendar?month=" + month, "leader")).contains((String) due.get("code"));
    }

    @Test
    void aCaseWithoutSeverityAndAnUnknownSpecialistAreRefusedUnderTheirFields() throws Exception {
        mvc.perform(post("/records").with(user(as("leader"))).with(csrf()).param("kind", "CASE")
                        .param("title", "Vụ án thiếu mức độ " + Unique.suffix()).param("oversightLevel", "2")
                        .param("classification", "UNCLASSIFIED").param("ownerOrganizationCode", "BNCTW")
                        .param("crimeArticles", "354, 999a"))
                .andExpect(model().attributeHasFieldErrors("form", "severity"));
        mvc.perform(post("/records").with(user(as("leader"))).with(csrf()).param("kind", "CASE")
                        .param("title", "Vụ án chuyên viên lạ " + Unique.suffix()).param("oversightLevel", "2")
                        .param("severity", "SERIOUS").param("classification", "UNCLASSIFIED")
                        .param("ownerOrganizationCode", "BNCTW").param("responsibleUsername", "khong-co-ai"))
                .andExpect(model().attributeHasFieldErrors("form", "responsibleUsername"));
        // the specialist's own unit is the default owner
        String form = page("/records/new", "specialist");
        assertThat(form).containsPattern("<option value=\"BNCTW-VAVV\" selected=\"selected\"")
                .containsPattern("<option value=\"BNCTW\" selected=\"selected\"");
    }

    @Test
    void yearsAreWrittenWithoutThousandSeparators() throws Exception {
        assertThat(page("/admin/calendar?year=2027", "admin")).contains("2027").doesNotContain("2.027");
    }

    static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
