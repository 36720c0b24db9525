package vn.theodoi.exports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.internal.XlsxSheet.Column;
import vn.theodoi.exports.internal.XlsxSheet.Type;
import vn.theodoi.inspections.InspectionFilter;
import vn.theodoi.inspections.InspectionSummary;
import vn.theodoi.inspections.Inspections;

/** The inspections list (/inspections) as XLSX. */
@Component
class InspectionsExport extends ListExport<InspectionFilter, InspectionSummary> {

    private final Inspections inspections;

    InspectionsExport(Inspections inspections, ExportSupport support) {
        super("inspections", InspectionFilter.class, support);
        this.inspections = inspections;
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("status", "enum.InspectionStatus.", "kind", "enum.InspectionKind.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "periodStart", Type.DATE), col(l, "periodEnd", Type.DATE),
            col(l, "subject", Type.LONG_TEXT), col(l, "kind", Type.TEXT), col(l, "target", Type.TEXT),
            col(l, "owner", Type.TEXT), col(l, "status", Type.TEXT), col(l, "started", Type.DATE),
            col(l, "concluded", Type.DATE), col(l, "recommendations", Type.NUMBER),
            col(l, "classification", Type.TEXT)};
    }

    @Override
    protected void forEach(TheodoiUser user, InspectionFilter filter, LongConsumer total,
            Consumer<InspectionSummary> each) {
        total.accept(inspections.list(user, filter, PageRequest.of(0, 1)).getTotalElements());
        inspections.forEachRow(user, filter, each);
    }

    @Override
    protected void rows(XlsxSheet sheet, List<InspectionSummary> batch, Locale l) {
        for (InspectionSummary i : batch) {
            sheet.row(i.periodStart(), i.periodEnd(), i.subject(), support.name(l, "enum.InspectionKind.", i.kind()),
                    i.targetOrganizationName(), i.ownerUnitName(), support.name(l, "enum.InspectionStatus.", i.status()),
                    i.startedOn(), i.concludedOn(), i.recommendations(),
                    support.name(l, "clearance.", i.classification()));
        }
    }
}
