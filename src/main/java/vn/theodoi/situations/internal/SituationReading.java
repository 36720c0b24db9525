package vn.theodoi.situations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.records.Records;
import vn.theodoi.situations.ProvinceSituation;
import vn.theodoi.situations.SituationCounts;
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationSummary;
import vn.theodoi.situations.SituationView;
import vn.theodoi.tasks.TaskView;
import vn.theodoi.tasks.Tasks;

/** The feed, the map's counts and the whole hot spot, each within what the reader may see. */
@Service
@Transactional(readOnly = true)
public class SituationReading {

    private static final ProvinceTiles TILES = ProvinceTiles.load();

    private final SituationAccess access;
    private final SituationQueries queries;
    private final Organizations organizations;
    private final Records records;
    private final Tasks tasks;
    private final AuditLog audit;

    SituationReading(SituationAccess access, SituationQueries queries, Organizations organizations, Records records,
            Tasks tasks, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.organizations = organizations;
        this.records = records;
        this.tasks = tasks;
        this.audit = audit;
    }

    public Page<SituationSummary> search(TheodoiUser user, SituationFilter filter, Pageable pageable) {
        return queries.search(access.reader(user), filter, pageable);
    }

    public SituationCounts figures(TheodoiUser user, LocalDate from, LocalDate to) {
        return queries.counts(access.reader(user), from, to);
    }

    public void forEachRow(TheodoiUser user, SituationFilter filter, java.util.function.Consumer<SituationSummary> each) {
        queries.forEach(access.reader(user), filter, each);
    }

    /**
     * Every current province, north to south on the map, with the visible open hot spots matching the
     * filter (its status aside): how many and the highest severity among them.
     */
    public List<ProvinceSituation> byProvince(TheodoiUser user, SituationFilter filter) {
        Map<String, SituationQueries.Open> open = queries.openByProvince(access.reader(user),
                filter == null ? SituationFilter.none() : filter.inProvince(null));
        List<ProvinceSituation> result = new ArrayList<>();
        for (Province p : organizations.provinces()) {
            if (!p.isCurrent()) {
                continue;
            }
            ProvinceTiles.Tile tile = TILES.of(p.getCode()).orElse(null);
            SituationQueries.Open o = open.get(p.getCode());
            result.add(new ProvinceSituation(p.getCode(), p.getName(), o == null ? 0 : o.count(),
                    o == null ? null : o.highestSeverity(), tile == null ? 0 : tile.row(),
                    tile == null ? 0 : tile.column()));
        }
        result.sort(java.util.Comparator.comparingInt(ProvinceSituation::row)
                .thenComparingInt(ProvinceSituation::column));
        return result;
    }

    /** The whole hot spot; reading a classified one is audited. Linked items the reader may not see are left out. */
    // read-only (the read replica may serve it): a classified read is audited in its own transaction
    @Transactional(readOnly = true)
    public SituationView view(TheodoiUser user, Long id) {
        Visibility reader = access.reader(user);
        Situation s = access.visible(reader, id);
        if (s.getClassification().isClassified()) {
            audit.recordEvent("SITUATION_READ", SituationAccess.AUDIT_TARGET, id, AuditOutcome.SUCCESS,
                    AuditDetails.of().kind("classification", s.getClassification()));
        }
        OrganizationView owner = organizations.directory().byId(s.getOwnerOrganizationId()).orElse(null);
        String provinceName = organizations.province(s.getProvinceCode()).map(Province::getName)
                .orElse(s.getProvinceCode());
        List<SituationView.Linked> linkedTasks = new ArrayList<>();
        for (Long taskId : s.getTaskIds().stream().sorted().toList()) {
            if (tasks.isVisibleTo(user, taskId)) {
                TaskView t = tasks.view(user, taskId);
                linkedTasks.add(new SituationView.Linked(t.id(), t.code(), t.title()));
            }
        }
        return new SituationView(s.getId(), s.getType(), s.getProvinceCode(), provinceName, s.getPlace(),
                s.getOccurredOn(), s.getScale(), s.getSeverity(), s.getSummary(), s.getStatus(),
                s.getClassification(), s.getReaders(), owner == null ? null : owner.code(),
                owner == null ? null : owner.displayName(), s.getReportedBy(),
                s.updates().stream().map(u -> new SituationView.Update(u.id(), u.updateDate(), u.body(),
                        u.statusBefore(), u.statusAfter(), u.writtenBy(), u.writtenAt())).toList(),
                records.visibleAmong(user, s.getRecordIds()).stream()
                        .map(r -> new SituationView.Linked(r.id(), r.code(), r.title())).toList(),
                linkedTasks, s.getVersion(), s.getCreatedAt(), s.getUpdatedAt(), access.mayUpdate(reader, s));
    }
}
