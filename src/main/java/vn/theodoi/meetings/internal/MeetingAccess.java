package vn.theodoi.meetings.internal;

import org.springframework.stereotype.Component;

import vn.theodoi.access.AccessScopes;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Visibility;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/** Loads the meeting a person acts on only if they may see it; changes need the owner's rights. Refusals are audited. */
@Component
public class MeetingAccess {

    public static final String AUDIT_TARGET = "MEETING";

    private final MeetingRepository meetings;
    private final MeetingQueries queries;
    private final AccessScopes scopes;
    private final AuditLog audit;

    MeetingAccess(MeetingRepository meetings, MeetingQueries queries, AccessScopes scopes, AuditLog audit) {
        this.meetings = meetings;
        this.queries = queries;
        this.scopes = scopes;
        this.audit = audit;
    }

    public Visibility reader(TheodoiUser user) {
        return scopes.visibility(user);
    }

    public Meeting visible(Visibility reader, Long id) {
        if (!queries.isVisible(reader, id)) {
            if (meetings.existsById(id)) {
                audit.recordEvent("MEETING_ACCESS_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                        AuditDetails.of().code("reason", "clearance-or-scope"));
            }
            throw new NotFoundException("meeting", id);
        }
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** Leaders and the preparing unit's staff change a meeting (agenda, documents, conclusion). */
    public Meeting changeable(Visibility reader, Long id) {
        Meeting meeting = visible(reader, id);
        if (!reader.describes(meeting.visibleItem())) {
            throw denied(id);
        }
        return meeting;
    }

    public ForbiddenException denied(Long id) {
        audit.recordEvent("MEETING_CHANGE_DENIED", AUDIT_TARGET, id, AuditOutcome.DENIED,
                AuditDetails.of().code("reason", "not-the-owner"));
        return new ForbiddenException("meeting.changeDenied");
    }
}
