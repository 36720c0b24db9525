package vn.theodoi.records;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditLog;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.web.ConcurrentEditException;

/**
 * The stored time-limit table: read by everyone, corrected by administrators without a release.
 * A corrected row must still make a valid rule, and every running limit is then counted again.
 */
@Service
@Transactional(readOnly = true)
public class TimeLimitTable {

    private final TimeLimitRuleRowRepository rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TimeLimitTable(TimeLimitRuleRowRepository rows, AuditLog audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.audit = audit;
        this.events = events;
    }

    public List<TimeLimitRuleRow> rows() {
        return rows.findAllByOrderByStageAscSeverityAscVariantAscValidFromAsc();
    }

    public TimeLimitRuleRow row(Long id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException("timeLimitRule", id));
    }

    @Transactional
    public TimeLimitRuleRow correct(Long id, TimeLimitRuleForm form) {
        TimeLimitRuleRow row = row(id);
        if (form.version() != row.getVersion()) {
            throw new ConcurrentEditException();
        }
        String before = describe(row);
        row.revise(form);
        try {
            ProcedureClock.rule(row);
        } catch (RuntimeException invalid) {
            throw new DomainRuleViolation("rules.invalid", invalid.getMessage());
        }
        rows.saveAndFlush(row);
        audit.change("TIME_LIMIT_RULE_CORRECTED", "TIME_LIMIT_RULE", id, before + " -> " + describe(row));
        events.publishEvent(new TimeLimitRulesChanged(id));
        return row;
    }

    private static String describe(TimeLimitRuleRow row) {
        return row.getStage() + "/" + row.getSeverity() + "/" + row.getVariant() + " " + row.getBasePeriod()
                + " ext=" + row.getExtensions() + " request=" + row.getRequestExtensionDaysBefore() + " max="
                + row.getMaxEntries() + " shift=" + row.getDayOffShift() + " (" + row.getArticle() + ")";
    }
}
