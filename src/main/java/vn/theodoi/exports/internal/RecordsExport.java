package vn.theodoi.exports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.exports.internal.XlsxSheet.Column;
import vn.theodoi.exports.internal.XlsxSheet.Type;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.ProcedureTime;

/** The records list (/records) as XLSX: its rows, filter and order, every page. */
@Component
class RecordsExport extends ListExport<RecordFilter, RecordSummary> {

    static final String KIND = "records";
    /** Rows named together: their provinces and specialists, one query each per batch. */
    private static final int BATCH = 500;

    private final Records records;
    private final Users users;

    RecordsExport(Records records, Users users, ExportSupport support) {
        super(KIND, RecordFilter.class, support);
        this.records = records;
        this.users = users;
    }

    /** As the page reads it: with no order chosen, the nearest deadline first (RecordPages.list). */
    @Override
    protected RecordFilter filter(Map<String, String> params) {
        RecordFilter filter = super.filter(params);
        return filter.sort() == null ? filter.sortedBy(RecordSort.DUE) : filter;
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("kind", "enum.RecordKind.", "level", "level.short.", "stage", "deadline.label.stage.",
                "severity", "deadline.label.severity.", "classification", "clearance.", "deadline",
                "deadline.label.status.", "sort", "records.sort.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "code", Type.TEXT), col(l, "title", Type.LONG_TEXT), col(l, "kind", Type.TEXT),
            col(l, "level", Type.TEXT), col(l, "stage", Type.TEXT), col(l, "due", Type.DATE),
            col(l, "status", Type.TEXT), col(l, "daysOverdue", Type.NUMBER), col(l, "requestBy", Type.DATE),
            col(l, "severity", Type.TEXT), col(l, "classification", Type.TEXT), col(l, "responsible", Type.TEXT),
            col(l, "owner", Type.TEXT), col(l, "provinces", Type.TEXT), col(l, "milestone", Type.DATE),
            col(l, "updated", Type.DATE_TIME)};
    }

    /** The records module counts the rows in the same read, before the first. */
    @Override
    protected void forEach(TheodoiUser user, RecordFilter filter, LongConsumer total, Consumer<RecordSummary> each) {
        records.forEachRow(user, filter, total, each);
    }

    @Override
    protected int batchSize() {
        return BATCH;
    }

    @Override
    protected void rows(XlsxSheet sheet, List<RecordSummary> batch, Locale locale) {
        LocalDate today = LocalDate.now(ProcedureTime.VIETNAM);
        Map<Long, List<String>> provinces = records.provincesOf(batch);
        Map<String, String> names = users.fullNames(batch.stream().map(RecordSummary::responsibleUsername)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (RecordSummary r : batch) {
            sheet.row(r.code(), r.title(), support.name(locale, "enum.RecordKind.", r.kind()),
                    support.msg(locale, r.oversightLevel() == null ? "level.short.none"
                            : "level.short." + r.oversightLevel()),
                    support.name(locale, "deadline.label.stage.", r.stage()), r.dueDate(),
                    support.name(locale, "deadline.label.status.", r.deadlineStatus()),
                    r.dueDate() == null ? null : r.daysOverdue(today), r.lastDayToRequestExtension(),
                    support.name(locale, "deadline.label.severity.", r.severity()),
                    support.name(locale, "clearance.", r.classification()),
                    r.responsibleUsername() == null ? null
                            : names.getOrDefault(r.responsibleUsername(), r.responsibleUsername()),
                    r.ownerName(), String.join(", ", provinces.getOrDefault(r.id(), List.of())),
                    r.nextMilestoneDate(), ExportSupport.local(r.updatedAt()));
        }
    }
}
