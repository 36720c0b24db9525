package vn.theodoi.exports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditEntry;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.audit.AuditQuery;
import vn.theodoi.exports.internal.XlsxSheet.Column;
import vn.theodoi.exports.internal.XlsxSheet.Type;
import vn.theodoi.shared.ForbiddenException;

/** The audit log (/audit) as XLSX: for auditors only, as the page. */
@Component
class AuditExport extends ListExport<AuditQuery, AuditEntry> {

    private final AuditLog audit;

    AuditExport(AuditLog audit, ExportSupport support) {
        super("audit", AuditQuery.class, support);
        this.audit = audit;
    }

    @Override
    public void check(TheodoiUser user, Map<String, String> params) {
        if (!user.has(Role.AUDITOR)) {
            audit.recordEventAs(user.getUsername(), "EXPORT_DENIED", PreparedFiles.AUDIT_TARGET, null,
                    AuditOutcome.DENIED, AuditDetails.of().code("list", "audit"));
            throw new ForbiddenException("exports.failed.forbidden");
        }
        super.check(user, params);
    }

    @Override
    protected Map<String, String> valueKeys() {
        return Map.of("outcome", "audit.outcome.");
    }

    @Override
    protected Column[] columns(Locale l) {
        return new Column[] {col(l, "when", Type.DATE_TIME), col(l, "actor", Type.TEXT), col(l, "action", Type.TEXT),
            col(l, "targetType", Type.TEXT), col(l, "targetId", Type.TEXT), col(l, "outcome", Type.TEXT),
            col(l, "client", Type.TEXT), col(l, "details", Type.LONG_TEXT), col(l, "id", Type.NUMBER)};
    }

    /** The log says no total before it is read: the progress counts rows only. */
    @Override
    protected void forEach(TheodoiUser user, AuditQuery query, LongConsumer total, Consumer<AuditEntry> each) {
        audit.forEach(query, each);
    }

    @Override
    protected void rows(XlsxSheet sheet, List<AuditEntry> batch, Locale l) {
        for (AuditEntry e : batch) {
            sheet.row(ExportSupport.local(e.getOccurredAt()), e.getActor(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), support.name(l, "audit.outcome.", e.getOutcome()), e.getClientAddress(),
                    e.getDetails(), e.getId());
        }
    }
}
