package vn.theodoi.records.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.theodoi.organization.CalendarChanged;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.timelimits.ProcedureAssessor;
import vn.theodoi.timelimits.ProcedureClock;
import vn.theodoi.timelimits.TimeLimitRulesChanged;

/**
 * When the calendar or the time-limit table changes, the stored due dates of running limits are
 * counted again, so that lists and filters keep agreeing with the record pages. Runs after the
 * change commits, in chunks; the event publication registry stores the event with the change, so
 * a recount that a crash cut short runs again at the next start.
 *
 * <p>Several nodes: a recount holds the row lock of {@code deadline_recount_state} from start to
 * end, so recounts never overlap across the cluster. A node that starts while another recounts
 * waits, then finds the dates counted under the current law and does not count them again; a
 * recount for an event runs even so (it is idempotent, and an event redelivered to another node
 * after a restart only costs a second pass).
 */
@Component
public class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);
    private static final int CHUNK = 500;

    private final OversightRecords records;
    private final ProcedureClock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate alone;

    DeadlineRecomputation(OversightRecords records, ProcedureClock clock, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.clock = clock;
        this.jdbc = jdbc;
        // each chunk commits on its own; a recount cut short is redone whole, from the stored event
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        // the lock's own transaction, whatever the caller's
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CalendarChanged change) {
        int changed = recountAlone(false);
        log.info("Calendar changed on {}: the derived dates of {} records counted again", change.day(), changed);
    }

    @ApplicationModuleListener
    void on(TimeLimitRulesChanged change) {
        int changed = recountAlone(false);
        log.info("Time-limit rule {} corrected: the derived dates of {} records counted again", change.ruleId(), changed);
    }

    /**
     * Before the application runners (the demo data, the scale generator) write their first records: an empty
     * database's dates are all counted under the law in force, so the records they write need no recount at
     * the next start (a generated million would otherwise be counted again, record by record, through JPA).
     */
    @EventListener(ApplicationStartedEvent.class)
    void markAnEmptyDatabaseCounted() {
        if (jdbc.queryForList("select law_fingerprint from deadline_recount_state where id = 1", String.class).isEmpty()
                && records.count() == 0) {
            markCounted(clock.lawFingerprint());
        }
    }

    /**
     * At start: when the law (rule table and calendar) differs from the one the stored dates were
     * counted with (an upgrade corrected the table; another node's change was missed), count them all
     * again before serving.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recountIfTheLawChanged() {
        int changed = recountAlone(true);
        if (changed >= 0) {
            log.info("The derived dates of {} records counted again", changed);
        }
    }

    /**
     * Recounts while holding the cluster-wide lock (the state row, locked for update). With
     * {@code onlyIfTheLawChanged}, does nothing (returns -1) when the dates were counted under the
     * current law, which a node that waited for another's recount finds.
     */
    private int recountAlone(boolean onlyIfTheLawChanged) {
        try {
            jdbc.update("insert into deadline_recount_state (id, law_fingerprint, recounted_at)"
                    + " select 1, '', ? where not exists (select 1 from deadline_recount_state where id = 1)",
                    java.sql.Timestamp.from(java.time.Instant.now()));
        } catch (org.springframework.dao.DuplicateKeyException anotherNodeCreatedIt) {
            // the row exists now, which is all this needed
        }
        Integer changed = alone.execute(status -> {
            String counted = jdbc.queryForObject(
                    "select law_fingerprint from deadline_recount_state where id = 1 for update", String.class);
            if (!onlyIfTheLawChanged) {
                return recount();
            }
            String law = clock.lawFingerprint();
            if (law.equals(counted)) {
                return -1;
            }
            if (counted.isEmpty() && records.count() == 0) {
                markCounted(law);
                return -1;
            }
            log.info("The time-limit table or the calendar differs from the one the stored dates were counted with");
            return recount();
        });
        return changed == null ? -1 : changed;
    }

    /** Counts every record's limits again, in chunks; returns how many records' stored dates or flags changed. */
    int recount() {
        String fingerprint = clock.lawFingerprint();
        ProcedureAssessor law = clock.assessor();
        long after = 0;
        int changed = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList("select id from oversight_record where id > ? order by id limit "
                    + CHUNK, Long.class, after);
            if (ids.isEmpty()) {
                markCounted(fingerprint);
                return changed;
            }
            Integer done = transaction.execute(status -> {
                int n = 0;
                for (OversightRecord record : records.findAllById(ids)) {
                    try {
                        if (record.recount(law)) {
                            n++;
                        }
                    } catch (DomainRuleViolation noLongerLawful) {
                        // A corrected rule can make a recorded history unlawful (an extension it no longer
                        // allows); the record keeps its dates and the history waits for a person to correct it.
                        log.warn("Record {} no longer fits the time-limit table: {}", record.getCode(),
                                noLongerLawful.messageKey());
                    }
                }
                return n;
            });
            changed += done == null ? 0 : done;
            after = ids.get(ids.size() - 1);
        }
    }

    /** The stored dates were counted under this law (a bulk writer that filled an empty table says so too). */
    public void markCounted(String fingerprint) {
        if (jdbc.update("update deadline_recount_state set law_fingerprint = ?, recounted_at = ? where id = 1",
                fingerprint, java.sql.Timestamp.from(java.time.Instant.now())) == 0) {
            jdbc.update("insert into deadline_recount_state (id, law_fingerprint, recounted_at) values (1, ?, ?)",
                    fingerprint, java.sql.Timestamp.from(java.time.Instant.now()));
        }
    }
}
