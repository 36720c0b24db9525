package vn.theodoi.records.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Loads the record a person acts on, only if the visibility policy lets them see it (in the
 * query), and audits every refusal. A record out of reach is "not found": its existence is no
 * one's business but its readers'.
 */
@Component
public class RecordAccess {

    /** What records' audit lines name as their target type. */
    public static final String AUDIT_TARGET = "RECORD";

    private final OversightRecords records;
    private final RecordQueries queries;
    private final AccessScopes scopes;
    private final AuditLog audit;
    private final Organizations organizations;

    RecordAccess(OversightRecords records, RecordQueries queries, AccessScopes scopes, AuditLog audit,
            Organizations organizations) {
        this.records = records;
        this.queries = queries;
        this.scopes = scopes;
        this.audit = audit;
        this.organizations = organizations;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    /** The record if the reader may see it; otherwise "not found", and the attempt is audited. */
    public OversightRecord visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (records.existsById(id)) {
                audit.recordEvent("RECORD_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("record", id);
        }
        return records.findById(id).orElseThrow(() -> new NotFoundException("record", id));
    }

    /** For a change of what the record holds: editors only. */
    public OversightRecord editable(Visibility reader, Long id) {
        requireEditor(reader, id);
        return visible(reader, id);
    }

    /** For progress (events, notes): editors, and agency liaisons on their agency's records. */
    public OversightRecord reportable(Visibility reader, Long id) {
        if (!reader.reportsProgress()) {
            throw denied(reader, id);
        }
        return visible(reader, id);
    }

    public void requireEditor(Visibility reader, Long id) {
        if (!reader.edits()) {
            throw denied(reader, id);
        }
    }

    /**
     * For a change of what describes the record, its level, classification, owner or access list:
     * only those its owner's rights reach (the visibility policy's write rights by ownership).
     */
    public OversightRecord describable(Visibility reader, Long id) {
        OversightRecord record = editable(reader, id);
        if (!reader.describes(item(record))) {
            audit.recordEvent("RECORD_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                    AuditDetails.of().code("reason", "not-the-owner"));
            throw new ForbiddenException("record.describeDenied");
        }
        return record;
    }

    /**
     * Nobody moves a record out of their own sight (to a unit, province or classification they
     * cannot see), nor gives it to an owner whose records they may not describe.
     */
    public void requireStillDescribable(Visibility reader, OversightRecord record) {
        Visibility.Item item = item(record);
        if (!reader.permits(item)) {
            throw new DomainRuleViolation("record.outOfScope");
        }
        if (!reader.describes(item)) {
            throw new DomainRuleViolation("record.ownerOutOfReach");
        }
    }

    private Visibility.Item item(OversightRecord record) {
        return record.visibleItem(organizations.directory().committeeProvinceOf(record.getOwnerOrganizationId()));
    }

    private ForbiddenException denied(Visibility reader, Long id) {
        audit.recordEvent("RECORD_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                AuditDetails.of().kinds("roles", reader.roles()));
        return new ForbiddenException("record.changeDenied");
    }
}
