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
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationSummary;
import vn.theodoi.situations.Situations;

/** The hot spots feed (/situations) as XLSX. */
@Component
class SituationsExport extends ListExport<SituationFilter, SituationSummary> {

    private final Situations situations;

    SituationsExport(Situations situations, ExportSupport support) {
        super("situations", SituationFilter.class, support);
        this.situations = situations;
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("type", "enum.SituationType.", "status", "enum.SituationStatus.", "severity",
                "situations.severity.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "occurred", Type.DATE), col(l, "province", Type.TEXT), col(l, "place", Type.TEXT),
            col(l, "type", Type.TEXT), col(l, "severity", Type.NUMBER), col(l, "scale", Type.TEXT),
            col(l, "summary", Type.LONG_TEXT), col(l, "status", Type.TEXT), col(l, "classification", Type.TEXT),
            col(l, "updated", Type.DATE_TIME)};
    }

    @Override
    protected void forEach(TheodoiUser user, SituationFilter filter, LongConsumer total,
            Consumer<SituationSummary> each) {
        total.accept(situations.search(user, filter, PageRequest.of(0, 1)).getTotalElements());
        situations.forEachRow(user, filter, each);
    }

    @Override
    protected void rows(XlsxSheet sheet, List<SituationSummary> batch, Locale l) {
        for (SituationSummary s : batch) {
            sheet.row(s.occurredOn(), s.provinceName(), s.place(), support.name(l, "enum.SituationType.", s.type()),
                    s.severity(), s.scale(), s.summary(), support.name(l, "enum.SituationStatus.", s.status()),
                    support.name(l, "clearance.", s.classification()), ExportSupport.local(s.updatedAt()));
        }
    }
}
