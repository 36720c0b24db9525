package vn.theodoi.proposals.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.proposals.ProposalCommands.DeadlineForm;
import vn.theodoi.proposals.ProposalDeadline;
import vn.theodoi.proposals.ProposalType;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.NotFoundException;

/**
 * The response deadlines per type: reference data administrators keep (they see no proposal). A
 * change applies to proposals received from then on; each one keeps the days it was given.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineSettings {

    private final DeadlineSettingRepository settings;
    private final AuditLog audit;
    private final Clock instants = Clock.systemUTC();

    DeadlineSettings(DeadlineSettingRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    public List<ProposalDeadline> all() {
        return settings.findAll().stream().sorted(Comparator.comparing(DeadlineSetting::getType))
                .map(DeadlineSettings::view).toList();
    }

    public int workingDays(ProposalType type) {
        return settings.findById(type).orElseThrow(() -> new NotFoundException("proposalDeadline", type))
                .getWorkingDays();
    }

    @Transactional
    public ProposalDeadline change(TheodoiUser admin, ProposalType type, DeadlineForm form) {
        if (!admin.has(Role.ADMIN)) {
            audit.recordEvent("PROPOSAL_DEADLINE_CHANGE_DENIED", "PROPOSAL_DEADLINE", type.name(), AuditOutcome.DENIED,
                    AuditDetails.of().code("reason", "not-an-administrator"));
            throw new ForbiddenException("proposal.deadline.adminsOnly");
        }
        DeadlineSetting setting = settings.findById(type)
                .orElseThrow(() -> new NotFoundException("proposalDeadline", type));
        int before = setting.getWorkingDays();
        setting.change(form.workingDays(), form.version(), admin.getUsername(), instants.instant());
        settings.flush();
        audit.recordChange("PROPOSAL_DEADLINE_CHANGED", "PROPOSAL_DEADLINE", type.name(), AuditDetails.of()
                .kind("type", type).count("from", before).count("to", form.workingDays()));
        return view(setting);
    }

    private static ProposalDeadline view(DeadlineSetting s) {
        return new ProposalDeadline(s.getType(), s.getWorkingDays(), s.getVersion(), s.getUpdatedBy(), s.getUpdatedAt());
    }
}
