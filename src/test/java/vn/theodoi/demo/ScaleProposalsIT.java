package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.BulkProposals;
import vn.theodoi.proposals.ProposalState;
import vn.theodoi.proposals.Timeliness;
import vn.theodoi.support.IntegrationTest;

/** The proposal generator writes what it is asked for, through the aggregate, at every step and timeliness. */
@IntegrationTest
class ScaleProposalsIT {

    @Autowired ScaleProposals data;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkingDayCalendar calendar;

    @Test
    void writesTheProposalsAskedForAtEveryStepAndTimeliness() {
        BulkProposals.Result result = data.generate(400, 13);

        assertThat(result.proposals()).isEqualTo(400);
        assertThat(result.tables()).contains("proposal", "proposal_step", "proposal_province");
        List<Map<String, Object>> rows = jdbc.queryForList("select state, response_due_date, answered_on, received_date"
                + " from proposal where id between ? and ?", result.firstId(), result.lastId());
        assertThat(rows).hasSize(400);
        LocalDate today = calendar.today();
        assertThat(rows.stream().map(r -> ProposalState.valueOf((String) r.get("state"))).distinct())
                .containsExactlyInAnyOrder(ProposalState.values());
        assertThat(rows.stream().map(r -> Timeliness.of(date(r.get("response_due_date")), date(r.get("answered_on")),
                today)).distinct()).containsExactlyInAnyOrder(Timeliness.values());
        assertThat(rows).allSatisfy(r -> assertThat(date(r.get("response_due_date")))
                .isAfter(date(r.get("received_date"))));
        assertThat(jdbc.queryForObject("select count(*) from proposal where id > ?", Long.class, result.lastId()))
                .isZero();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
