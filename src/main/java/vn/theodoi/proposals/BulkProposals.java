package vn.theodoi.proposals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.WorkingDayCalendar;
import vn.theodoi.proposals.internal.DeadlineSettings;
import vn.theodoi.proposals.internal.Proposal;
import vn.theodoi.proposals.internal.ProposalWorkflow;
import vn.theodoi.proposals.internal.ResponseDeadline;
import vn.theodoi.shared.BulkInsert;

/**
 * Writes many proposals at once with multi-row inserts: for generated data sets (load tests,
 * benchmarks), never for what people enter. Each draft becomes the {@code Proposal} aggregate, taken
 * through its flow up to the step the draft reached, so the stored rows are the aggregate's own. No
 * visibility applies and nothing is audited: the caller is the system.
 */
@Service
public class BulkProposals {

    private static final Logger log = LoggerFactory.getLogger(BulkProposals.class);
    private static final int PER_FLUSH = 500;
    private static final int PER_COMMIT = 2000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Organizations organizations;
    private final WorkingDayCalendar calendar;
    private final DeadlineSettings deadlines;

    BulkProposals(DataSource dataSource, JdbcTemplate jdbc, Organizations organizations, WorkingDayCalendar calendar,
            DeadlineSettings deadlines) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** What was written: the proposals and all their rows, the ids they took and the tables written. */
    public record Result(int proposals, long rows, long millis, long firstId, long lastId, List<String> tables) {
    }

    /** Writes {@code count} proposals, the draft of each made from the id it will take, committing every 2,000. */
    public Result write(int count, LocalDate today, LongFunction<ProposalDraft> draftForId) {
        long started = System.nanoTime();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from proposal", Long.class) + 1;
        Predicate<LocalDate> dayOff = calendar.snapshot()::isDayOff;
        OrganizationDirectory directory = organizations.directory();
        Map<ProposalType, Integer> days = Map.of(ProposalType.PROPOSAL, deadlines.workingDays(ProposalType.PROPOSAL),
                ProposalType.OPINION_REQUEST, deadlines.workingDays(ProposalType.OPINION_REQUEST));
        long rows;
        List<String> tables;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (BulkInsert insert = new BulkInsert(connection)) {
                for (int i = 0; i < count; i++) {
                    insert.add(aggregate(draftForId.apply(firstId + i), directory, days, dayOff, today), firstId + i);
                    if ((i + 1) % PER_FLUSH == 0) {
                        insert.flush();
                    }
                    if ((i + 1) % PER_COMMIT == 0) {
                        connection.commit();
                        if ((i + 1) % 10_000 == 0) {
                            log.info("Wrote {} of {} proposals ({} s)", i + 1, count,
                                    (System.nanoTime() - started) / 1_000_000_000);
                        }
                    }
                }
                insert.flush();
                rows = insert.rows();
                tables = insert.tableNames();
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing proposals in bulk failed", e);
        }
        long lastId = firstId + count - 1;
        jdbc.execute("alter table proposal alter column id restart with " + (lastId + 1));
        return new Result(count, rows, (System.nanoTime() - started) / 1_000_000, firstId, lastId, tables);
    }

    private static Proposal aggregate(ProposalDraft d, OrganizationDirectory directory, Map<ProposalType, Integer> days,
            Predicate<LocalDate> dayOff, LocalDate today) {
        OrganizationView sender = directory.byCode(d.senderCode())
                .orElseThrow(() -> new IllegalArgumentException("No organization " + d.senderCode()));
        Long department = d.departmentCode() == null ? null : directory.byCode(d.departmentCode())
                .orElseThrow(() -> new IllegalArgumentException("No organization " + d.departmentCode())).id();
        int n = days.get(d.type());
        Proposal p = new Proposal(d.type(), ProposalWorkflow.senderFacts(sender), d.referenceNumber(), d.receivedDate(),
                d.subject(), d.classification(), n, ResponseDeadline.due(d.receivedDate(), n, dayOff), department,
                Set.of(), d.createdBy(), d.createdAt());
        int reached = d.reached().ordinal();
        if (reached >= ProposalState.ASSIGNED.ordinal() && department != null) {
            p.assign(department, d.specialistUsername(), null, d.createdBy(), d.createdAt());
            if (reached >= ProposalState.DRAFTED.ordinal()) {
                p.draft("Dự thảo trả lời (dữ liệu thử tải)", null, d.specialistUsername(), d.createdAt());
            }
            if (d.reached() == ProposalState.RETURNED) {
                p.sendBack("Bổ sung căn cứ (dữ liệu thử tải)", null, d.createdBy(), d.createdAt());
            } else if (reached >= ProposalState.CHECKED.ordinal()) {
                p.check(null, d.createdBy(), d.createdAt());
                if (reached >= ProposalState.APPROVED.ordinal()) {
                    p.approve(null, d.createdBy(), d.createdAt());
                }
                if (d.reached() == ProposalState.SENT) {
                    p.send(d.answeredOn(), null, d.createdBy(), today, d.lastChangedAt());
                }
            }
        }
        p.changedAt(d.lastChangedAt());
        return p;
    }
}
