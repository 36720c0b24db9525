package vn.theodoi.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.exports.FileJob;
import vn.theodoi.exports.internal.XlsxSheet.Type;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.shared.ProcedureTime;

/** The records list (/records) as XLSX: its rows, filter and order, every page. */
@Component
class RecordsExport implements FileJob {

    static final String KIND = "records";
    /** Rows named together: their provinces and specialists, one query each per batch. */
    private static final int BATCH = 500;
    private static final Map<String, String> VALUES = Map.of("kind", "enum.RecordKind.", "level", "level.short.",
            "stage", "deadline.label.stage.", "severity", "deadline.label.severity.", "classification", "clearance.",
            "deadline", "deadline.label.status.", "sort", "records.sort.");

    private final Records records;
    private final Users users;
    private final ExportSupport support;

    RecordsExport(Records records, Users users, ExportSupport support) {
        this.records = records;
        this.users = users;
        this.support = support;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void check(TheodoiUser user, Map<String, String> params) {
        filter(params);
    }

    @Override
    public String fileName(Map<String, String> params, Locale locale) {
        return support.fileName(locale, KIND);
    }

    @Override
    public String contentType(Map<String, String> params) {
        return ExportSupport.XLSX;
    }

    /** As the page reads it: with no order chosen, the nearest deadline first (RecordPages.list). */
    private RecordFilter filter(Map<String, String> params) {
        RecordFilter filter = support.bind(RecordFilter.class, params);
        return filter.sort() == null ? filter.sortedBy(RecordSort.DUE) : filter;
    }

    @Override
    public void write(TheodoiUser user, Map<String, String> params, Locale locale, Progress progress, OutputStream out)
            throws IOException {
        RecordFilter filter = filter(params);
        LocalDate today = LocalDate.now(ProcedureTime.VIETNAM);
        try (XlsxSheet sheet = new XlsxSheet(support.msg(locale, "exports.list." + KIND),
                support.title(locale, KIND, params, VALUES),
                support.column(locale, KIND, "code", Type.TEXT), support.column(locale, KIND, "title", Type.LONG_TEXT),
                support.column(locale, KIND, "kind", Type.TEXT), support.column(locale, KIND, "level", Type.TEXT),
                support.column(locale, KIND, "stage", Type.TEXT), support.column(locale, KIND, "due", Type.DATE),
                support.column(locale, KIND, "status", Type.TEXT),
                support.column(locale, KIND, "daysOverdue", Type.NUMBER),
                support.column(locale, KIND, "requestBy", Type.DATE),
                support.column(locale, KIND, "severity", Type.TEXT),
                support.column(locale, KIND, "classification", Type.TEXT),
                support.column(locale, KIND, "responsible", Type.TEXT),
                support.column(locale, KIND, "owner", Type.TEXT), support.column(locale, KIND, "provinces", Type.TEXT),
                support.column(locale, KIND, "milestone", Type.DATE),
                support.column(locale, KIND, "updated", Type.DATE_TIME))) {
            List<RecordSummary> batch = new ArrayList<>(BATCH);
            records.forEachRow(user, filter, progress::total, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    write(sheet, batch, locale, today);
                    progress.done(sheet.rows());
                }
            });
            write(sheet, batch, locale, today);
            progress.done(sheet.rows());
            sheet.write(out);
        }
    }

    private void write(XlsxSheet sheet, List<RecordSummary> batch, Locale locale, LocalDate today) {
        if (batch.isEmpty()) {
            return;
        }
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
        batch.clear();
    }
}
