package vn.theodoi.tasks.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.theodoi.organization.OrganizationDirectory;
import vn.theodoi.organization.OrganizationType;
import vn.theodoi.organization.OrganizationView;
import vn.theodoi.organization.Organizations;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.VietnameseText;

/**
 * Resolves a task's lead and coordinating organizations by code, and derives what the visibility
 * policy reads: the provinces of the provincial committees and standing agencies among them, and
 * the agencies among them.
 */
@Component
public class TaskParties {

    private final Organizations organizations;

    TaskParties(Organizations organizations) {
        this.organizations = organizations;
    }

    public Task.Parties resolve(String leadCode, Set<String> coordinatingCodes) {
        OrganizationDirectory directory = organizations.directory();
        OrganizationView lead = organization(directory, VietnameseText.clean(leadCode));
        Set<Long> coordinators = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        Set<Long> agencies = new LinkedHashSet<>();
        add(lead, provinces, agencies);
        if (coordinatingCodes != null) {
            for (String code : coordinatingCodes.stream().map(VietnameseText::clean).filter(Objects::nonNull).toList()) {
                OrganizationView coordinator = organization(directory, code);
                coordinators.add(coordinator.id());
                add(coordinator, provinces, agencies);
            }
        }
        return new Task.Parties(lead.id(), coordinators, provinces, agencies);
    }

    private static void add(OrganizationView o, Set<String> provinces, Set<Long> agencies) {
        if (o.committeeProvince() != null) {
            provinces.add(o.committeeProvince());
        }
        if (o.type() == OrganizationType.AGENCY) {
            agencies.add(o.id());
        }
    }

    private static OrganizationView organization(OrganizationDirectory directory, String code) {
        OrganizationView o = directory.byCode(code)
                .orElseThrow(() -> new DomainRuleViolation("organization.unknown", code));
        if (!o.active()) {
            throw new DomainRuleViolation("task.organizationInactive", code);
        }
        return o;
    }
}
