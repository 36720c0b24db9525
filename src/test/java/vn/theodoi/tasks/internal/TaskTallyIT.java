package vn.theodoi.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.support.IntegrationTest;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.Tasks;

/**
 * The home page's task chart for a reader who sees every unit comes from the tally the database keeps with each
 * write (V71, issue 13). It must always equal the statistics counted from the tasks, through any write and the fold.
 */
@IntegrationTest
class TaskTallyIT {

    static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate TO = LocalDate.of(2100, 12, 31);

    @Autowired
    Tasks tasks;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeadersTotalsFollowDueDatesAndCompletionsAndSurviveTheFold() {
        TheodoiUser leader = users.loadUserByUsername("leader");
        LocalDate today = tasks.today();
        assertThat(tasks.totals(leader, FROM, TO)).isEqualTo(counted(leader));
        TaskStats.Counts before = tasks.totals(leader, FROM, TO);
        long id = jdbc.queryForObject("select min(id) from task where parent_id is null and completed_on is null"
                + " and due_date >= ?", Long.class, today);

        // an open task whose due date a repair moves to two days ago: in progress becomes overdue
        jdbc.update("update task set due_date = ? where id = ?", today.minusDays(2), id);
        TaskStats.Counts overdue = tasks.totals(leader, FROM, TO);
        assertThat(overdue.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(overdue.inProgress()).isEqualTo(before.inProgress() - 1);

        // completed today, after its due date: late
        jdbc.update("update task set completed_on = ? where id = ?", today, id);
        TaskStats.Counts late = tasks.totals(leader, FROM, TO);
        assertThat(late.completedLate()).isEqualTo(before.completedLate() + 1);
        assertThat(late.overdue()).isEqualTo(before.overdue());
        assertThat(late).isEqualTo(counted(leader));

        // only this half-year, as the home page asks
        LocalDate halfStart = today.withMonth(today.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
        LocalDate halfEnd = halfStart.plusMonths(6).minusDays(1);
        assertThat(tasks.totals(leader, halfStart, halfEnd)).isEqualTo(tasks.stats(leader, halfStart, halfEnd, null)
                .total());

        assertThat(jdbc.queryForObject("select count(*) from task_tally_change", Integer.class)).isPositive();
        jdbc.update(TaskTally.FOLD);
        assertThat(jdbc.queryForObject("select count(*) from task_tally_change", Integer.class)).isZero();
        assertThat(tasks.totals(leader, FROM, TO)).isEqualTo(late).isEqualTo(counted(leader));

        // the chart reads the tally, not the tasks: a row written into it by hand shows (and is removed)
        jdbc.update("insert into task_tally_change values ('UNCLASSIFIED', ?, false, 'O', 1000)", today.minusDays(1));
        assertThat(tasks.totals(leader, FROM, TO).overdue()).isEqualTo(late.overdue() + 1000);
        jdbc.update("delete from task_tally_change where tasks = 1000");
    }

    /** The same four statuses counted from the tasks (the statistics page's statement, no tally). */
    TaskStats.Counts counted(TheodoiUser leader) {
        return tasks.stats(leader, FROM, TO, null).total();
    }
}
