package vn.theodoi.inspections.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Loads the inspection a person acts on only if they may see it (in the query); changes need the
 * owner's rights (leaders, the conducting unit's staff, the owning province's officers) or a place
 * on the team. Every refusal is audited.
 */
@Component
public class InspectionAccess {

    public static final String AUDIT_TARGET = "INSPECTION";

    private final InspectionRepository inspections;
    private final InspectionQueries queries;
    private final AccessScopes scopes;
    private final Organizations organizations;
    private final AuditLog audit;

    InspectionAccess(InspectionRepository inspections, InspectionQueries queries, AccessScopes scopes,
            Organizations organizations, AuditLog audit) {
        this.inspections = inspections;
        this.queries = queries;
        this.scopes = scopes;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    /** The province whose committee or standing agency an organization is; null for any other. */
    public String provinceOf(Long organizationId) {
        return organizations.directory().committeeProvinceOf(organizationId);
    }

    /** The inspection if the reader may see it; otherwise "not found", and the attempt is audited. */
    public Inspection visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (inspections.existsById(id)) {
                audit.recordEvent("INSPECTION_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("inspection", id);
        }
        Inspection inspection = inspections.findById(id).orElseThrow(() -> new NotFoundException("inspection", id));
        inspection.ownedInProvince(provinceOf(inspection.getOwnerUnitId()));
        return inspection;
    }

    /** Whether the reader, who sees the inspection, may change it: its owners, and editors on its team. */
    public boolean mayChange(Visibility reader, Inspection inspection) {
        return reader.describes(inspection.visibleItem())
                || reader.edits() && reader.permits(inspection.visibleItem()) && inspection.hasMember(reader.username());
    }

    public Inspection changeable(Visibility reader, Long id) {
        Inspection inspection = visible(reader, id);
        if (!mayChange(reader, inspection)) {
            throw denied(id);
        }
        return inspection;
    }

    public ForbiddenException denied(Long id) {
        audit.recordEvent("INSPECTION_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                AuditDetails.of().code("reason", "not-the-owner"));
        return new ForbiddenException("inspection.changeDenied");
    }
}
