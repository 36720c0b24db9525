package vn.theodoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.support.IntegrationTest;

/** The inspection generator writes what it is asked for, through the facade, in every state, its recommendations as tasks. */
@IntegrationTest
class ScaleInspectionsIT {

    @Autowired ScaleInspections data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void writesTheInspectionsAskedForInEveryStateWithTheirRecommendationsAsTasks() {
        long before = data.existing();
        long maxId = jdbc.queryForObject("select coalesce(max(id), 0) from inspection", Long.class);
        long tasksBefore = jdbc.queryForObject("select count(*) from task where source_type = 'INSPECTION'", Long.class);

        int recommendations = data.generate(40, 7);

        assertThat(data.existing()).isEqualTo(before + 40);
        List<String> states = jdbc.queryForList("select distinct status from inspection where id > ?", String.class,
                maxId);
        assertThat(states).containsExactlyInAnyOrder("PLANNED", "IN_PROGRESS", "CONCLUDED");
        assertThat(jdbc.queryForObject("select count(*) from inspection_recommendation r join inspection i"
                + " on i.id = r.inspection_id where i.id > ?", Long.class, maxId)).isEqualTo(recommendations);
        assertThat(jdbc.queryForObject("select count(*) from task where source_type = 'INSPECTION'", Long.class))
                .isEqualTo(tasksBefore + recommendations);
        assertThat(jdbc.queryForObject("select count(*) from inspection where id > ? and status = 'CONCLUDED'"
                + " and findings is null", Long.class, maxId)).isZero();
    }
}
