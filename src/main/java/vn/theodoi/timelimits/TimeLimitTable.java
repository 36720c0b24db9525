package vn.theodoi.timelimits;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.deadline.TimeLimitRules;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.NotFoundException;
import vn.theodoi.shared.web.ConcurrentEditException;
import vn.theodoi.timelimits.internal.TimeLimitRuleRow;
import vn.theodoi.timelimits.internal.TimeLimitRuleRows;

/**
 * The stored time-limit table: read by everyone, corrected by administrators without a release.
 * A corrected row must still make a valid rule, and every running limit is then counted again.
 */
@Service
@Transactional(readOnly = true)
public class TimeLimitTable {

    private final TimeLimitRuleRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TimeLimitTable(TimeLimitRuleRows rows, AuditLog audit, ApplicationEventPublisher events) {
        this.rows = rows;
        this.audit = audit;
        this.events = events;
    }

    public List<TimeLimitRuleView> rows() {
        return rows.findAllByOrderByStageAscSeverityAscVariantAscValidFromAsc().stream().map(TimeLimitRuleRow::view).toList();
    }

    public TimeLimitRuleView row(Long id) {
        return find(id).view();
    }

    /** The table as the deadline engine takes it. */
    public TimeLimitRules rules() {
        return TimeLimitRules.of(rows.findAll().stream().map(TimeLimitRuleRow::rule).toList());
    }

    /** A digest of the rows as the engine reads them. */
    public String fingerprint() {
        return vn.theodoi.shared.Digests.sha256(rows.findAllByOrderByStageAscSeverityAscVariantAscValidFromAsc().stream()
                .map(row -> row.rule().toString()).collect(java.util.stream.Collectors.joining(";")));
    }

    @Transactional
    public TimeLimitRuleView correct(Long id, TimeLimitRuleForm form) {
        TimeLimitRuleRow row = find(id);
        if (form.version() != row.getVersion()) {
            throw new ConcurrentEditException();
        }

        row.revise(form);
        try {
            row.rule();
        } catch (RuntimeException invalid) {
            throw new DomainRuleViolation("rules.invalid", invalid.getMessage());
        }
        rows.saveAndFlush(row);
        audit.recordChange("TIME_LIMIT_RULE_CORRECTED", "TIME_LIMIT_RULE", id, AuditDetails.of()
                .code("base", row.view().basePeriod()).id("version", row.getVersion())
                .date("reviewed", row.view().reviewedOn()));
        events.publishEvent(new TimeLimitRulesChanged(id));
        return row.view();
    }

    private TimeLimitRuleRow find(Long id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException("timeLimitRule", id));
    }
}
