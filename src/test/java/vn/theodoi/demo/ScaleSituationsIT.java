package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.situations.BulkSituations;
import vn.theodoi.support.IntegrationTest;

/** The hot spot generator writes what it is asked for, through the aggregate, in every status, with follow-up entries. */
@IntegrationTest
class ScaleSituationsIT {

    @Autowired ScaleSituations data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void writesTheHotSpotsAskedForInEveryStatusAndProvince() {
        BulkSituations.Result result = data.generate(600, 13);

        assertThat(result.situations()).isEqualTo(600);
        assertThat(result.tables()).contains("situation", "situation_update");
        assertThat(jdbc.queryForObject("select count(*) from situation where id between ? and ?", Long.class,
                result.firstId(), result.lastId())).isEqualTo(600);
        List<String> statuses = jdbc.queryForList("select distinct status from situation where id between ? and ?",
                String.class, result.firstId(), result.lastId());
        assertThat(statuses).containsExactlyInAnyOrder("OPEN", "BEING_HANDLED", "RESOLVED");
        assertThat(jdbc.queryForObject("select count(distinct province_code) from situation where id between ? and ?",
                Long.class, result.firstId(), result.lastId())).isEqualTo(34);
        // every resolved hot spot has the entry that resolved it, dated between the day it occurred and today
        assertThat(jdbc.queryForObject("select count(*) from situation s where s.id between ? and ?"
                + " and s.status = 'RESOLVED' and not exists (select 1 from situation_update u where u.situation_id = s.id"
                + " and u.status_after = 'RESOLVED' and u.update_date >= s.occurred_on and u.update_date <= current_date + 1)",
                Long.class, result.firstId(), result.lastId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from situation where id > ?", Long.class, result.lastId()))
                .isZero();
    }
}
