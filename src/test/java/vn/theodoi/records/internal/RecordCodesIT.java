package vn.theodoi.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.support.IntegrationTest;

/**
 * Two people open the first record of the year for one organization at the same moment. The second must wait
 * for the first and take the next number; under the load test it was answered 500 instead, because on
 * PostgreSQL its duplicate insert aborted its whole transaction.
 */
@IntegrationTest
class RecordCodesIT {

    @Autowired
    RecordCodes codes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    // a year no other test numbers in, so the first number of it is this test's
    final int year = 3000 + ThreadLocalRandom.current().nextInt(5000);

    @AfterEach
    void forgetTheYear() {
        jdbc.update("delete from record_code_counter where code_year = ?", year);
    }

    @Test
    void theSecondOfTwoFirstRecordsOfTheYearWaitsAndTakesNumberTwo() throws Exception {
        Long owner = jdbc.queryForObject("select id from organization where code = 'BNCTW'", Long.class);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
        CountDownLatch secondIsWaiting = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            int n = codes.next(owner, year, 1);
            firstHoldsTheRow.countDown();
            await(secondIsWaiting);
            return n;
        }));
        assertThat(firstHoldsTheRow.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> tx.execute(status ->
                codes.next(owner, year, 1)));

        // the second really waits on the first's uncommitted row before the first commits
        boolean waiting = false;
        for (int i = 0; i < 300 && !waiting; i++) {
            waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'insert into record_code_counter%'", Integer.class) > 0;
            if (!waiting) {
                Thread.sleep(100);
            }
        }
        assertThat(waiting).as("the second insert waits for the first's lock").isTrue();
        secondIsWaiting.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        Integer third = tx.execute(status -> codes.next(owner, year, 1));
        assertThat(third).isEqualTo(3);
        assertThat(jdbc.queryForObject("select last_number from record_code_counter where owner_organization_id = ?"
                + " and code_year = ?", Integer.class, owner, year)).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
