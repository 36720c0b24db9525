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
import vn.theodoi.proposals.ProposalFilter;
import vn.theodoi.proposals.ProposalSummary;
import vn.theodoi.proposals.Proposals;

/** The proposals list (/proposals) as XLSX; the sender's people get the columns their list shows them. */
@Component
class ProposalsExport extends ListExport<ProposalFilter, ProposalSummary> {

    private final Proposals proposals;

    ProposalsExport(Proposals proposals, ExportSupport support) {
        super("proposals", ProposalFilter.class, support);
        this.proposals = proposals;
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("type", "enum.ProposalType.", "state", "enum.ProposalState.", "timeliness", "enum.Timeliness.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "reference", Type.TEXT), col(l, "subject", Type.LONG_TEXT),
            col(l, "type", Type.TEXT), col(l, "sender", Type.TEXT), col(l, "received", Type.DATE),
            col(l, "due", Type.DATE), col(l, "state", Type.TEXT), col(l, "timeliness", Type.TEXT),
            col(l, "answered", Type.DATE), col(l, "department", Type.TEXT), col(l, "specialist", Type.TEXT),
            col(l, "classification", Type.TEXT)};
    }

    @Override
    protected void forEach(TheodoiUser user, ProposalFilter filter, LongConsumer total,
            Consumer<ProposalSummary> each) {
        total.accept(proposals.search(user, filter, PageRequest.of(0, 1)).getTotalElements());
        proposals.forEachRow(user, filter, each);
    }

    @Override
    protected void rows(XlsxSheet sheet, List<ProposalSummary> batch, Locale l) {
        for (ProposalSummary p : batch) {
            sheet.row(p.referenceNumber(), p.subject(), support.name(l, "enum.ProposalType.", p.type()),
                    p.senderOrganizationName(), p.receivedDate(), p.responseDueDate(),
                    support.name(l, "enum.ProposalState.", p.state()), support.name(l, "enum.Timeliness.", p.timeliness()),
                    p.answeredOn(), p.departmentName(), p.specialistUsername(),
                    support.name(l, "clearance.", p.classification()));
        }
    }
}
