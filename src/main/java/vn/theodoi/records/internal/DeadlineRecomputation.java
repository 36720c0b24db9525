package vn.theodoi.records.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Component
class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);
    private static final int CHUNK = 500;

    private final OversightRecords records;
    private final ProcedureClock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DeadlineRecomputation(OversightRecords records, ProcedureClock clock, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.clock = clock;
        this.jdbc = jdbc;
        // each chunk commits on its own; a recount cut short is redone whole, from the stored event
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CalendarChanged change) {
        int changed = recomputeRunningLimits();
        log.info("Calendar changed on {}: due dates of {} records counted again", change.day(), changed);
    }

    @ApplicationModuleListener
    void on(TimeLimitRulesChanged change) {
        int changed = recomputeRunningLimits();
        log.info("Time-limit rule {} corrected: due dates of {} records counted again", change.ruleId(), changed);
    }

    /** Counts every running limit again; returns how many records' stored dates changed. */
    int recomputeRunningLimits() {
        ProcedureAssessor law = clock.assessor();
        long after = 0;
        int changed = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList("select id from oversight_record where current_due_date is not null"
                    + " and id > ? order by id limit " + CHUNK, Long.class, after);
            if (ids.isEmpty()) {
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
}
