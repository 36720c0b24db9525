package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import vn.theodoi.support.Api;
import vn.theodoi.support.IntegrationTest;

/** The demo data loaded at the first start of a demo installation, as its users meet it. */
@IntegrationTest
class DemoRecordsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api as(String user) {
        return new Api(port).as(user, IntegrationTest.DEMO_PASSWORD);
    }

    private static long total(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("page").get("totalElements").asLong();
    }

    @Test
    void demoRecordsCoverEveryLevelKindAndStage() {
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where created_by = 'leader'",
                Long.class)).isGreaterThanOrEqualTo(DemoRecords.DEMOS.size());
        assertThat(jdbc.queryForList("select distinct oversight_level from oversight_record", Integer.class))
                .contains(1, 2, 3);
        assertThat(jdbc.queryForList("select distinct kind from oversight_record", String.class))
                .contains("CASE", "MATTER", "CRIME_REPORT");
        assertThat(jdbc.queryForList("select distinct current_stage from oversight_record", String.class))
                .contains("REPORT_VERIFICATION", "INVESTIGATION", "SUSPENDED", "SUPPLEMENTARY_INVESTIGATION",
                        "PROSECUTION", "INDICTED", "TRIAL_PREPARATION", "TRIAL_OPENING", "APPEAL_PREPARATION",
                        "ENFORCEMENT", "DISMISSED", "CLOSED");
        assertThat(jdbc.queryForList("select distinct classification from oversight_record", String.class))
                .contains("UNCLASSIFIED", "CONFIDENTIAL", "SECRET");
        assertThat(jdbc.queryForObject("select count(*) from record_event where type = 'INVESTIGATION_EXTENDED'",
                Long.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from record_event where type = 'INVESTIGATION_RESUMED'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_person where central_cadre", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_milestone where achieved_on is null"
                + " and target_date < current_date", Long.class)).as("missed milestones").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_obstacle where resolved_on is not null",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from oversight_record where recovered_vnd > 0", Long.class))
                .isPositive();
        // issue 12: the demo's suspects and defendants carry procedural dates that agree with their case's events
        String demo = " join oversight_record r on r.id = p.record_id where r.summary like '%Dữ liệu minh họa%'";
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + demo + " and p.charged_on is not null",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + demo
                + " and p.tried_first_instance_on is not null", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + demo + " and (p.indicted_on < p.charged_on"
                + " or p.tried_first_instance_on < p.indicted_on or p.tried_appeal_on < p.tried_first_instance_on"
                + " or p.charged_on < (select min(e.event_date) from record_event e"
                + " where e.record_id = r.id and e.type = 'CASE_INITIATED' and e.superseded_by_id is null))",
                Long.class)).as("persons' dates out of order or before their case").isZero();
        assertThat(jdbc.queryForObject("select count(*) from record_person p" + demo + " and p.charged_on is not null"
                + " and r.kind <> 'CASE'", Long.class)).isZero();
    }

    @Test
    void theLeaderSeesOverdueAndDueSoonRecords() {
        Api leader = as("leader");

        assertThat(total(leader.get("/api/v1/records?deadline=OVERDUE"))).isPositive();
        assertThat(total(leader.get("/api/v1/records?deadline=DUE_SOON"))).isPositive();
        JsonNode dashboard = leader.get("/api/v1/records/dashboard").body();
        assertThat(dashboard.get("overdueCount").asLong()).isPositive();
        assertThat(dashboard.get("dueSoonCount").asLong()).isPositive();
    }

    @Test
    void phaseTwoOfTheSplitCaseIsLinkedToItsParent() {
        List<Long> children = jdbc.queryForList("select c.id from oversight_record c join oversight_record p"
                + " on p.id = c.parent_id where c.title like '%(giai đoạn II)'"
                + " and exists (select 1 from record_event e where e.record_id = p.id and e.type = 'SPLIT')", Long.class);
        assertThat(children).isNotEmpty();

        JsonNode child = as("leader").get("/api/v1/records/" + children.get(0)).body();
        assertThat(child.toString()).contains("giai đoạn II");
        assertThat(jdbc.queryForObject("select current_stage from oversight_record where id = ?", String.class,
                children.get(0))).isEqualTo("INVESTIGATION");
    }

    @Test
    void aMatterTurnedIntoACaseKeepsItsKindHistory() {
        List<Long> converted = jdbc.queryForList("select k.record_id from record_kind_change k join oversight_record r"
                + " on r.id = k.record_id where k.from_kind = 'MATTER' and k.to_kind = 'CASE' and r.kind = 'CASE'",
                Long.class);
        assertThat(converted).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from record_kind_change where from_kind = 'CRIME_REPORT'",
                Long.class)).as("a crime report that became a case").isPositive();
    }

    @Test
    void theProvincialOfficerSeesSomeButNotAll() {
        long all = total(as("leader").get("/api/v1/records?size=1"));
        Api officer = as("provincial_officer");
        long theirs = total(officer.get("/api/v1/records?size=1"));

        assertThat(theirs).isPositive().isLessThan(all);
        assertThat(total(officer.get("/api/v1/records?province=VN63-49&size=1"))).as("the earlier Quảng Nam")
                .isPositive();
        for (JsonNode row : officer.get("/api/v1/records?size=200").body().get("content")) {
            assertThat(jdbc.queryForList("select province_code from record_province where record_id = ?", String.class,
                    row.get("id").asLong())).containsAnyOf("VN-48", "VN63-48", "VN63-49");
        }
    }

    @Test
    void theAgencyLiaisonSeesOnlyRecordsHandledByTheirAgency() {
        Api liaison = as("agency_liaison");
        Api.Response page = liaison.get("/api/v1/records?size=200");
        assertThat(total(page)).isPositive().isLessThan(total(as("leader").get("/api/v1/records?size=1")));

        Set<Long> handled = new HashSet<>(jdbc.queryForList("select ra.record_id from record_agency ra"
                + " join organization o on o.id = ra.organization_id where o.code = 'BCA-C03'", Long.class));
        for (JsonNode row : page.body().get("content")) {
            assertThat(handled).contains(row.get("id").asLong());
        }
    }

    @Test
    void theSpecialistSeesTheDepartmentsRecordsAndClassifiedOnesOnlyWhenListed() {
        Api specialist = as("specialist");
        assertThat(total(specialist.get("/api/v1/records?size=1"))).isPositive();
        assertThat(total(specialist.get("/api/v1/records?classification=CONFIDENTIAL&size=1")))
                .as("confidential records listing the specialist").isPositive();
        assertThat(total(specialist.get("/api/v1/records?classification=SECRET&size=1"))).isZero();
    }
}
