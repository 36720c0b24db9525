package vn.theodoi.reports.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.inspections.InspectionCounts;
import vn.theodoi.inspections.Inspections;
import vn.theodoi.proposals.Proposals;
import vn.theodoi.records.RecordFigures;
import vn.theodoi.records.Records;
import vn.theodoi.reports.Figures;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.situations.SituationCounts;
import vn.theodoi.situations.Situations;
import vn.theodoi.tasks.TaskStats;
import vn.theodoi.tasks.TaskStatus;
import vn.theodoi.tasks.Tasks;

/** Computes a period's {@link Figures} within the reader's visibility, from every module's counts. */
@Service
@Transactional(readOnly = true)
public class FigureService {

    /** The longest period a report counts over. */
    public static final int MAX_YEARS = 10;

    private final Records records;
    private final Tasks tasks;
    private final Proposals proposals;
    private final Inspections inspections;
    private final Situations situations;

    FigureService(Records records, Tasks tasks, Proposals proposals, Inspections inspections, Situations situations) {
        this.records = records;
        this.tasks = tasks;
        this.proposals = proposals;
        this.inspections = inspections;
        this.situations = situations;
    }

    public Figures figures(TheodoiUser user, LocalDate from, LocalDate to) {
        validate(from, to);
        LocalDate today = records.today();
        LocalDate asOf = to.isBefore(today) ? to : today;
        RecordFigures r = records.figures(user, from, to);
        TaskStats stats = tasks.stats(user, from, to, null);
        InspectionCounts i = inspections.figures(user, from, to, asOf);
        SituationCounts s = situations.figures(user, from, to);
        return new Figures(from, to, asOf, r.initiated(), r.indicted(), r.firstInstance(), r.appeal(),
                r.mattersConcluded(), r.damageVnd(), r.recoveredVnd(), recoveryRate(r.recoveredVnd(), r.damageVnd()),
                r.levels(), new Figures.Deadlines(r.deadlinesMet(), r.deadlinesMissed()),
                byStatus(stats.total()),
                stats.byOrganization().stream().map(o -> new Figures.OrganizationTasks(o.organizationCode(),
                        o.organizationName(), byStatus(o.counts()))).toList(),
                proposals.figures(user, from, to, asOf),
                new Figures.InspectionFigures(i.concluded(), i.inProgress(), i.recommendations()),
                new Figures.HotSpotFigures(s.total(), s.byProvince().stream().map(p -> new Figures.ProvinceCount(
                        p.provinceCode(), p.provinceName(), p.count())).toList(), s.byType()));
    }

    /** Both days given, in order, at most {@value #MAX_YEARS} years apart; else a rule violation the API answers 400. */
    public static void validate(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new DomainRuleViolation("reports.period.required");
        }
        if (to.isBefore(from)) {
            throw new DomainRuleViolation("reports.period.order");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new DomainRuleViolation("reports.period.tooLong", MAX_YEARS);
        }
    }

    /** Recovered against damage in per cent, one decimal (half up); null when there is no damage. */
    static Double recoveryRate(long recovered, long damage) {
        if (damage == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(recovered).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(damage), 1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static Map<TaskStatus, Long> byStatus(TaskStats.Counts counts) {
        Map<TaskStatus, Long> map = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            map.put(status, counts.count(status));
        }
        return map;
    }
}
