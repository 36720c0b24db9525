package vn.theodoi.ingest.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * Who may read texts and see a text read: the people who give tasks (editors) read; a text and its proposals are
 * its reader's alone (another's is "not found"). Every refusal is audited.
 */
@Component
class IngestAccess {

    static final String AUDIT_TARGET = "INGEST";

    private final IngestBatches batches;
    private final AuditLog audit;

    IngestAccess(IngestBatches batches, AuditLog audit) {
        this.batches = batches;
        this.audit = audit;
    }

    static boolean mayRead(TheodoiUser user) {
        return Visibility.edits(user.roles());
    }

    void requireReader(TheodoiUser user) {
        if (!mayRead(user)) {
            audit.recordEvent("INGEST_ACCESS_DENIED", AUDIT_TARGET, null, AuditOutcome.DENIED,
                    AuditDetails.of().code("reason", "role"));
            throw new ForbiddenException("ingest.notAllowed");
        }
    }

    IngestBatch own(TheodoiUser user, Long id, boolean forDecision) {
        requireReader(user);
        IngestBatch batch = (forDecision ? batches.findForDecision(id) : batches.findById(id)).orElse(null);
        if (batch == null || !batch.getCreatedBy().equals(user.getUsername())) {
            if (batch != null) {
                audit.recordEvent("INGEST_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "not-own"));
            }
            throw new NotFoundException("text", id);
        }
        return batch;
    }
}
