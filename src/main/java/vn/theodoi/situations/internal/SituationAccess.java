package vn.theodoi.situations.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.Role;
import vn.theodoi.access.Scope;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Loads the hot spot a person acts on only if the visibility policy lets them see it (in the query),
 * and says what they may do on it; every refusal is audited. Follow-up entries, status changes and
 * links: whoever may describe it (leaders, the reporting department's staff, the reporting
 * province's officers) and the officers of the province it happened in.
 */
@Component
public class SituationAccess {

    public static final String AUDIT_TARGET = "SITUATION";

    private final SituationRepository situations;
    private final SituationQueries queries;
    private final AccessScopes scopes;
    private final AuditLog audit;
    private final Organizations organizations;

    SituationAccess(SituationRepository situations, SituationQueries queries, AccessScopes scopes, AuditLog audit,
            Organizations organizations) {
        this.situations = situations;
        this.queries = queries;
        this.scopes = scopes;
        this.audit = audit;
        this.organizations = organizations;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    /** The hot spot if the reader may see it; otherwise "not found", and the attempt is audited. */
    public Situation visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (situations.existsById(id)) {
                audit.recordEvent("SITUATION_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("situation", id);
        }
        return situations.findById(id).orElseThrow(() -> new NotFoundException("situation", id));
    }

    public Visibility.Item item(Situation situation) {
        return situation.visibleItem(provinceOf(situation.getOwnerOrganizationId()));
    }

    /** The province whose committee or standing agency an organization is; null for any other. */
    public String provinceOf(Long organizationId) {
        return organizations.directory().committeeProvinceOf(organizationId);
    }

    public boolean mayUpdate(Visibility reader, Situation situation) {
        Visibility.Item item = item(situation);
        if (reader.describes(item)) {
            return true;
        }
        return reader.edits() && reader.roles().contains(Role.PROVINCIAL_OFFICER) && reader.permits(item)
                && reader.scope().kind() == Scope.Kind.PROVINCE
                && reader.scope().provinceCodes().contains(situation.getProvinceCode());
    }

    public Situation updatable(Visibility reader, Long id) {
        Situation situation = visible(reader, id);
        if (!mayUpdate(reader, situation)) {
            throw denied(id, "not the owner's or the province's");
        }
        return situation;
    }

    public ForbiddenException denied(Long id, String why) {
        audit.recordEvent("SITUATION_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED, AuditDetails.of().code(
                "reason", why.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
        return new ForbiddenException("situation.changeDenied");
    }
}
